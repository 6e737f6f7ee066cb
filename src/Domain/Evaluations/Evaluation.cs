using Supervision.Domain.Common;

namespace Supervision.Domain.Evaluations;

public enum EvaluationSubjectType
{
    OrgUnit,
    Person,
}

public enum EvaluationPeriod
{
    Term,
    Year,
    Quarter,
    AdHoc,
}

public enum EvaluationStatus
{
    SelfAssessed,
    Reviewed,
    Approved,
    Published,
}

/// <summary>A criterion's points as entered at one stage; the criteria's maxima add up to 100.</summary>
public sealed record CriterionScore(string Code, decimal MaxPoints, decimal Points);

/// <summary>One criterion of an evaluation with the self-assessed and reviewed points. Owned by its <see cref="Evaluation"/>.</summary>
public sealed class EvaluationCriterion
{
    private EvaluationCriterion()
    {
    }

    public string Code { get; private set; } = null!;

    public decimal MaxPoints { get; private set; }

    public decimal SelfPoints { get; private set; }

    public decimal? ReviewedPoints { get; private set; }

    internal static EvaluationCriterion From(CriterionScore score) => new()
    {
        Code = score.Code,
        MaxPoints = score.MaxPoints,
        SelfPoints = score.Points,
    };

    internal void SetReviewed(decimal points) => ReviewedPoints = points;
}

/// <summary>
/// Đánh giá, xếp loại under QĐ 366-QĐ/TW: self-assessment, review and proposal (thẩm định, đề
/// xuất), decision by the competent body, publication. Ratings are sensitive personal data
/// for individuals; reads are logged outside the domain.
/// </summary>
public sealed class Evaluation : Entity
{
    private readonly List<EvaluationCriterion> _criteria = [];

    private Evaluation()
    {
    }

    private Evaluation(Guid id)
        : base(id)
    {
    }

    public EvaluationSubjectType SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    public EvaluationPeriod Period { get; private set; }

    /// <summary>"2026", "2026-Q3", "2025–2030".</summary>
    public string PeriodKey { get; private set; } = null!;

    public IReadOnlyList<EvaluationCriterion> Criteria => _criteria;

    public TaskStats TaskStats { get; private set; } = null!;

    /// <summary>A subordinate unit or a member of the leadership was disciplined in the period.</summary>
    public bool HasDisciplineCase { get; private set; }

    public decimal SelfScore { get; private set; }

    public decimal? ReviewedScore { get; private set; }

    public decimal? FinalScore { get; private set; }

    public Rating SelfRating { get; private set; }

    public Rating? ProposedRating { get; private set; }

    public Rating? FinalRating { get; private set; }

    public EvaluationStatus Status { get; private set; }

    public Guid SelfAssessedByUserId { get; private set; }

    public DateTimeOffset SelfAssessedAt { get; private set; }

    public Guid? ReviewedByUserId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewComment { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Why the decided rating is below what the rule allows, when it is.</summary>
    public string? DecisionReason { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public static Evaluation SelfAssess(
        EvaluationSubjectType subjectType,
        Guid subjectId,
        EvaluationPeriod period,
        string periodKey,
        IReadOnlyList<CriterionScore> scores,
        TaskStats taskStats,
        bool hasDisciplineCase,
        Guid byUserId,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(taskStats);
        if (scores.Count == 0)
        {
            throw new DomainException("An evaluation needs its criteria.");
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            Guard.Text(score.Code, "A criterion code");
            if (!codes.Add(score.Code))
            {
                throw new DomainException($"Criterion {score.Code} is listed twice.");
            }

            if (score.MaxPoints <= 0)
            {
                throw new DomainException($"Criterion {score.Code} must be worth some points.");
            }

            EnsurePoints(score);
        }

        if (scores.Sum(s => s.MaxPoints) != 100m)
        {
            throw new DomainException("The criteria of the 100-point scale must add up to 100.");
        }

        var evaluation = new Evaluation(NewId(now))
        {
            SubjectType = Guard.Defined(subjectType, nameof(subjectType)),
            SubjectId = Guard.NotEmpty(subjectId, nameof(subjectId)),
            Period = Guard.Defined(period, nameof(period)),
            PeriodKey = Guard.Text(periodKey, "A period key"),
            TaskStats = taskStats,
            HasDisciplineCase = hasDisciplineCase,
            SelfAssessedByUserId = Guard.NotEmpty(byUserId, nameof(byUserId)),
            SelfAssessedAt = now,
            Status = EvaluationStatus.SelfAssessed,
        };
        evaluation._criteria.AddRange(scores.Select(EvaluationCriterion.From));
        evaluation.SelfScore = scores.Sum(s => s.Points);
        evaluation.SelfRating = Qd366.Rate(evaluation.SelfScore, taskStats, hasDisciplineCase);
        evaluation.Raise(new EvaluationSelfAssessed(evaluation.Id, evaluation.SelfScore, evaluation.SelfRating, now));
        return evaluation;
    }

    /// <summary>
    /// Thẩm định: the reviewing body scores every criterion again and may correct the task
    /// figures and the discipline flag; the proposed rating follows the rule.
    /// </summary>
    public void Review(
        Guid reviewerId, IReadOnlyList<CriterionScore> scores, TaskStats? correctedStats, bool? hasDisciplineCase, string? comment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Guard.NotEmpty(reviewerId, nameof(reviewerId));
        EnsureStatus("reviewed", EvaluationStatus.SelfAssessed);
        EnsureNotSubject(reviewerId);
        var byCode = new Dictionary<string, CriterionScore>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            EnsurePoints(score);
            if (score.Code is null || !byCode.TryAdd(score.Code, score))
            {
                throw new DomainException("A review scores each criterion once.");
            }
        }

        if (byCode.Count != _criteria.Count || _criteria.Any(c => !byCode.TryGetValue(c.Code, out var s) || s.MaxPoints != c.MaxPoints))
        {
            throw new DomainException("A review scores exactly the criteria of the self-assessment.");
        }

        foreach (var criterion in _criteria)
        {
            criterion.SetReviewed(byCode[criterion.Code].Points);
        }

        TaskStats = correctedStats ?? TaskStats;
        HasDisciplineCase = hasDisciplineCase ?? HasDisciplineCase;
        ReviewedScore = scores.Sum(s => s.Points);
        ProposedRating = Qd366.Rate(ReviewedScore.Value, TaskStats, HasDisciplineCase);
        ReviewedByUserId = reviewerId;
        ReviewedAt = now;
        ReviewComment = Guard.OptionalText(comment);
        Status = EvaluationStatus.Reviewed;
        Raise(new EvaluationReviewed(Id, ReviewedScore.Value, ProposedRating.Value, now));
    }

    /// <summary>
    /// The competent body decides. Without <paramref name="decidedRating"/> the rule's rating
    /// stands; a lower one needs a reason, a higher one than the rule allows is refused.
    /// </summary>
    public void Approve(Guid approverId, Rating? decidedRating, string? reason, DateTimeOffset now)
    {
        Guard.NotEmpty(approverId, nameof(approverId));
        EnsureStatus("approved", EvaluationStatus.Reviewed);
        EnsureNotSubject(approverId);
        var allowed = ProposedRating!.Value;
        var rating = decidedRating is null ? allowed : Guard.Defined(decidedRating.Value, nameof(decidedRating));
        if (rating > allowed)
        {
            throw new DomainException($"The score and task figures allow at most {allowed}; {rating} cannot be decided.");
        }

        var why = Guard.OptionalText(reason);
        if (rating < allowed && why is null)
        {
            throw new DomainException($"Deciding {rating} below the {allowed} the rule allows needs a reason.");
        }

        FinalScore = ReviewedScore;
        FinalRating = rating;
        DecisionReason = why;
        ApprovedByUserId = approverId;
        ApprovedAt = now;
        Status = EvaluationStatus.Approved;
        Raise(new EvaluationApproved(Id, FinalScore!.Value, rating, now));
    }

    public void Publish(DateTimeOffset now)
    {
        EnsureStatus("published", EvaluationStatus.Approved);
        PublishedAt = now;
        Status = EvaluationStatus.Published;
        Raise(new EvaluationPublished(Id, FinalRating!.Value, now));
    }

    private static void EnsurePoints(CriterionScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        Qd366.EnsureScore(score.Points);
        if (score.Points > score.MaxPoints)
        {
            throw new DomainException($"Criterion {score.Code} is worth at most {score.MaxPoints} points, not {score.Points}.");
        }
    }

    // Nobody reviews or decides their own rating.
    private void EnsureNotSubject(Guid userId)
    {
        if (SubjectType == EvaluationSubjectType.Person && SubjectId == userId)
        {
            throw new DomainException("A person cannot review or decide their own evaluation.");
        }
    }

    private void EnsureStatus(string action, EvaluationStatus required) => Guard.Status(Status, "An evaluation", action, required);
}

public sealed record EvaluationSelfAssessed(Guid EvaluationId, decimal Score, Rating Rating, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EvaluationReviewed(Guid EvaluationId, decimal Score, Rating ProposedRating, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EvaluationApproved(Guid EvaluationId, decimal Score, Rating Rating, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record EvaluationPublished(Guid EvaluationId, Rating Rating, DateTimeOffset OccurredAt) : IDomainEvent;

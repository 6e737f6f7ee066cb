using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Evaluations;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Evaluations;

/// <summary>A rating of Regulation 366-QĐ/TW: the member name, its abbreviation (HTXSNV, HTTNV, HTNV, KHTNV) and its names.</summary>
public sealed record RatingView(Rating Code, string Abbreviation, string NameVi, string NameEn)
{
    public static RatingView Of(Rating rating) => new(rating, rating.Abbreviation(), rating.VietnameseName(), rating.EnglishName());

    public static RatingView? Of(Rating? rating) => rating is { } value ? Of(value) : null;
}

/// <summary>The task figures the rating stands on (tasks due in the period), with the rates the rule compares.</summary>
public sealed record TaskStatsView(int Assigned, int DoneOnTime, int DoneLate, int OpenOverdue, int OpenNotDue, int Exceeded, decimal OnTimeRate, decimal LateRate, decimal ExceededRate)
{
    public static TaskStatsView Of(TaskStats stats) => new(
        stats.Assigned, stats.DoneOnTime, stats.DoneLate, stats.OpenOverdue, stats.OpenNotDue, stats.Exceeded, stats.OnTimeRate, stats.LateRate, stats.ExceededRate);
}

/// <summary>
/// An evaluation as lists show it. <c>Unit</c> is the subject when it is a unit, <c>PersonName</c> when it is a person
/// who is a user here; <c>Rating</c> is the rating as it
/// stands: the decided one, else the one proposed on review, else the self-assessed one.
/// </summary>
public sealed record EvaluationSummary(
    Guid Id,
    string? WorkflowInstanceId,
    EvaluationSubjectType SubjectType,
    Guid SubjectId,
    UnitRef? Unit,
    string? PersonName,
    EvaluationPeriod Period,
    string PeriodKey,
    decimal SelfScore,
    decimal? ReviewedScore,
    decimal? FinalScore,
    RatingView SelfRating,
    RatingView? ProposedRating,
    RatingView? FinalRating,
    RatingView Rating,
    TaskStatsView TaskStats,
    bool HasDisciplineCase,
    EvaluationStatus Status,
    DateTimeOffset SelfAssessedAt,
    DateTimeOffset? ReviewedAt,
    DateTimeOffset? ApprovedAt,
    DateTimeOffset? PublishedAt);

public sealed record CriterionView(string Code, decimal MaxPoints, decimal SelfPoints, decimal? ReviewedPoints);

public sealed record EvaluationDetail(EvaluationSummary Summary, IReadOnlyList<CriterionView> Criteria, string? ReviewComment, string? DecisionReason);

/// <summary>
/// Who sees an evaluation: those who see every unit see them all; an officer sees the evaluations whose subject is
/// their unit or a unit under it (never a person's).
/// </summary>
internal static class EvaluationViews
{
    public static bool Concerns(Evaluation evaluation, IReadOnlyList<Guid>? visibleUnits) =>
        visibleUnits is null || (evaluation.SubjectType == EvaluationSubjectType.OrgUnit && visibleUnits.Contains(evaluation.SubjectId));

    public static Rating Standing(Evaluation evaluation) => evaluation.FinalRating ?? evaluation.ProposedRating ?? evaluation.SelfRating;

    /// <summary>The display names of the people among the evaluations' subjects who are users here, by their domain id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> PeopleAsync(SupervisionDbContext db, IEnumerable<Evaluation> evaluations, CancellationToken cancellationToken)
    {
        var people = await PersonRef.LookUpAsync(db, evaluations.Where(e => e.SubjectType == EvaluationSubjectType.Person).Select(e => (Guid?)e.SubjectId), cancellationToken);
        return people.Values.Where(p => p.DisplayName is not null).ToDictionary(p => p.Id, p => p.DisplayName!);
    }

    public static EvaluationSummary Summary(Evaluation evaluation, string? workflowInstanceId, DbOrgDirectory directory, IReadOnlyDictionary<Guid, string> people) => new(
        evaluation.Id,
        workflowInstanceId,
        evaluation.SubjectType,
        evaluation.SubjectId,
        evaluation.SubjectType == EvaluationSubjectType.OrgUnit ? UnitRef.Of(evaluation.SubjectId, directory) : null,
        evaluation.SubjectType == EvaluationSubjectType.Person ? people.GetValueOrDefault(evaluation.SubjectId) : null,
        evaluation.Period,
        evaluation.PeriodKey,
        evaluation.SelfScore,
        evaluation.ReviewedScore,
        evaluation.FinalScore,
        RatingView.Of(evaluation.SelfRating),
        RatingView.Of(evaluation.ProposedRating),
        RatingView.Of(evaluation.FinalRating),
        RatingView.Of(Standing(evaluation)),
        TaskStatsView.Of(evaluation.TaskStats),
        evaluation.HasDisciplineCase,
        evaluation.Status,
        evaluation.SelfAssessedAt,
        evaluation.ReviewedAt,
        evaluation.ApprovedAt,
        evaluation.PublishedAt);

    public static EvaluationDetail Detail(Evaluation evaluation, string? workflowInstanceId, DbOrgDirectory directory, IReadOnlyDictionary<Guid, string> people) => new(
        Summary(evaluation, workflowInstanceId, directory, people),
        evaluation.Criteria.Select(c => new CriterionView(c.Code, c.MaxPoints, c.SelfPoints, c.ReviewedPoints)).ToList(),
        evaluation.ReviewComment,
        evaluation.DecisionReason);
}

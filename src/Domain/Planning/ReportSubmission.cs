using Supervision.Domain.Common;

namespace Supervision.Domain.Planning;

public enum ReportSubmissionStatus
{
    /// <summary>Received on time, awaiting review.</summary>
    Submitted,

    /// <summary>Received after the due day, awaiting review.</summary>
    Late,
    Returned,
    Accepted,
}

/// <summary>One unit's report against a <see cref="ReportingObligation"/>.</summary>
public sealed class ReportSubmission : Entity
{
    private ReportSubmission()
    {
    }

    private ReportSubmission(Guid id)
        : base(id)
    {
    }

    public Guid ObligationId { get; private set; }

    public Guid SubmitterOrgUnitId { get; private set; }

    /// <summary>The unit's own report document, e.g. "45-BC/ĐU".</summary>
    public Guid? DocumentId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset FirstSubmittedAt { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid SubmittedByUserId { get; private set; }

    /// <summary>
    /// Whether the first submission came after the due day. A return for corrections does not
    /// make an on-time report late; the resubmission deadline is the workflow's (3 WD by default).
    /// </summary>
    public bool IsLate { get; private set; }

    public ReportSubmissionStatus Status { get; private set; }

    public string? ReviewNotes { get; private set; }

    public Guid? ReviewedByUserId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public int ReturnCount { get; private set; }

    public static ReportSubmission Submit(
        ReportingObligation obligation, Guid submitterOrgUnitId, Guid byUserId, Guid? documentId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        Guard.NotEmpty(submitterOrgUnitId, nameof(submitterOrgUnitId));
        if (!obligation.IsRequiredFrom(submitterOrgUnitId))
        {
            throw new DomainException("This unit is not among those the report is required from.");
        }

        var isLate = !VietnamTime.IsOnTime(now, obligation.DueOn);
        var submission = new ReportSubmission(NewId(now))
        {
            ObligationId = obligation.Id,
            SubmitterOrgUnitId = submitterOrgUnitId,
            SubmittedByUserId = Guard.NotEmpty(byUserId, nameof(byUserId)),
            DocumentId = Guard.NotEmpty(documentId, nameof(documentId)),
            DueOn = obligation.DueOn,
            FirstSubmittedAt = now,
            SubmittedAt = now,
            IsLate = isLate,
            Status = isLate ? ReportSubmissionStatus.Late : ReportSubmissionStatus.Submitted,
        };
        submission.Raise(new ReportSubmitted(submission.Id, obligation.Id, submitterOrgUnitId, isLate, now));
        return submission;
    }

    public void Return(Guid reviewerId, string comment, DateTimeOffset now)
    {
        Guard.NotEmpty(reviewerId, nameof(reviewerId));
        var reason = Guard.Text(comment, "A comment explaining what to correct");
        EnsureAwaitingReview("returned");
        Review(ReportSubmissionStatus.Returned, reviewerId, reason, now);
        ReturnCount++;
        Raise(new ReportReturned(Id, reviewerId, reason, now));
    }

    public void Resubmit(Guid byUserId, Guid? documentId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        Guard.Status(Status, "A report", "resubmitted", ReportSubmissionStatus.Returned);

        SubmittedByUserId = byUserId;
        SubmittedAt = now;
        DocumentId = Guard.NotEmpty(documentId, nameof(documentId)) ?? DocumentId;
        Status = IsLate ? ReportSubmissionStatus.Late : ReportSubmissionStatus.Submitted;
        Raise(new ReportSubmitted(Id, ObligationId, SubmitterOrgUnitId, IsLate, now));
    }

    public void Accept(Guid reviewerId, string? notes, DateTimeOffset now)
    {
        Guard.NotEmpty(reviewerId, nameof(reviewerId));
        EnsureAwaitingReview("accepted");
        Review(ReportSubmissionStatus.Accepted, reviewerId, Guard.OptionalText(notes), now);
        Raise(new ReportAccepted(Id, reviewerId, now));
    }

    private void EnsureAwaitingReview(string action) =>
        Guard.Status(Status, "A report", action, ReportSubmissionStatus.Submitted, ReportSubmissionStatus.Late);

    private void Review(ReportSubmissionStatus status, Guid reviewerId, string? notes, DateTimeOffset now)
    {
        Status = status;
        ReviewedByUserId = reviewerId;
        ReviewedAt = now;
        ReviewNotes = notes;
    }
}

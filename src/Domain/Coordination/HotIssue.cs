using Supervision.Domain.Common;

namespace Supervision.Domain.Coordination;

public enum HotIssueStatus
{
    /// <summary>Detected; information asked of the state agency.</summary>
    Open,
    InformationReceived,
    OrientationIssued,
    Closed,
}

public enum HotIssueSeverity
{
    Low,
    Medium,
    High,
}

/// <summary>
/// Vấn đề nổi cộm: a pressing public issue. The board asks the state agency for information
/// within a number of hours (24–48 h in practice; hours, not working days), then issues an
/// orientation for propaganda and monitors until it closes.
/// </summary>
public sealed class HotIssue : Entity
{
    private HotIssue()
    {
    }

    private HotIssue(Guid id)
        : base(id)
    {
    }

    public Guid? ProgrammeId { get; private set; }

    public string Summary { get; private set; } = null!;

    public Field Field { get; private set; }

    public HotIssueSeverity Severity { get; private set; }

    public Classification Classification { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public Guid InfoRequestedFromOrgUnitId { get; private set; }

    public int SlaHours { get; private set; }

    public DateTimeOffset InfoDueAt { get; private set; }

    public DateTimeOffset? InfoReceivedAt { get; private set; }

    public DateTimeOffset? OrientationIssuedAt { get; private set; }

    public Guid? OrientationDocumentId { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosingNote { get; private set; }

    public HotIssueStatus Status { get; private set; }

    public static HotIssue Detect(
        string summary,
        Field field,
        HotIssueSeverity severity,
        DateTimeOffset detectedAt,
        Guid infoRequestedFromOrgUnitId,
        int slaHours,
        DateTimeOffset now,
        Guid? programmeId = null,
        Classification classification = Classification.Unclassified)
    {
        if (slaHours < 1)
        {
            throw new DomainException("The information deadline is at least one hour.");
        }

        if (detectedAt > now)
        {
            throw new DomainException("An issue cannot be detected in the future.");
        }

        var issue = new HotIssue(NewId(now))
        {
            Summary = Guard.Text(summary, "A summary of the issue"),
            Field = Guard.Defined(field, nameof(field)),
            Severity = Guard.Defined(severity, nameof(severity)),
            Classification = classification.EnsureAllowedHere(),
            DetectedAt = detectedAt,
            InfoRequestedFromOrgUnitId = Guard.NotEmpty(infoRequestedFromOrgUnitId, nameof(infoRequestedFromOrgUnitId)),
            SlaHours = slaHours,
            InfoDueAt = detectedAt.AddHours(slaHours),
            ProgrammeId = Guard.NotEmpty(programmeId, nameof(programmeId)),
            Status = HotIssueStatus.Open,
        };
        issue.Raise(new HotIssueDetected(issue.Id, issue.InfoDueAt, now));
        return issue;
    }

    /// <summary>Breached when the information came, or is still missing, after <see cref="InfoDueAt"/>.</summary>
    public bool IsBreached(DateTimeOffset now) => (InfoReceivedAt ?? now) > InfoDueAt;

    public void ReceiveInformation(DateTimeOffset now)
    {
        EnsureStatus("given information", HotIssueStatus.Open);
        InfoReceivedAt = now;
        Status = HotIssueStatus.InformationReceived;
        Raise(new HotIssueInformationReceived(Id, IsBreached(now), now));
    }

    /// <summary>
    /// Định hướng thông tin. Usually after the agency's information, but the board may orient
    /// without it once the agency is late.
    /// </summary>
    public void IssueOrientation(Guid? documentId, DateTimeOffset now)
    {
        EnsureStatus("oriented", HotIssueStatus.Open, HotIssueStatus.InformationReceived);
        if (Status == HotIssueStatus.Open && !IsBreached(now))
        {
            throw new DomainException("Wait for the agency's information until its deadline before orienting without it.");
        }

        OrientationDocumentId = Guard.NotEmpty(documentId, nameof(documentId));
        OrientationIssuedAt = now;
        Status = HotIssueStatus.OrientationIssued;
        Raise(new HotIssueOrientationIssued(Id, now));
    }

    public void Close(string note, DateTimeOffset now)
    {
        var text = Guard.Text(note, "A closing note");
        EnsureStatus("closed", HotIssueStatus.Open, HotIssueStatus.InformationReceived, HotIssueStatus.OrientationIssued);

        ClosingNote = text;
        ClosedAt = now;
        Status = HotIssueStatus.Closed;
    }

    public void Reclassify(Classification classification) => Classification = classification.EnsureAllowedHere();

    private void EnsureStatus(string action, params HotIssueStatus[] allowed) => Guard.Status(Status, "An issue", action, allowed);
}

public sealed record HotIssueDetected(Guid IssueId, DateTimeOffset InfoDueAt, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HotIssueInformationReceived(Guid IssueId, bool Breached, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record HotIssueOrientationIssued(Guid IssueId, DateTimeOffset OccurredAt) : IDomainEvent;

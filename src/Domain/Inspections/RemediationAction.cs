using Supervision.Domain.Common;

namespace Supervision.Domain.Inspections;

/// <summary>
/// A fix the inspected unit owes for a finding. The inspecting body follows it up and verifies
/// it; the inspection cannot close until every action is verified. Changed only through its
/// <see cref="Inspection"/>.
/// </summary>
public sealed class RemediationAction : Entity
{
    private RemediationAction()
    {
    }

    private RemediationAction(Guid id)
        : base(id)
    {
    }

    public Guid InspectionId { get; private set; }

    public Guid FindingId { get; private set; }

    public Guid ResponsibleOrgUnitId { get; private set; }

    public string Action { get; private set; } = null!;

    public DateOnly DueOn { get; private set; }

    public RemediationStatus Status { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    public Guid? ReportedByUserId { get; private set; }

    public Guid? EvidenceDocumentId { get; private set; }

    public Guid? VerifiedByUserId { get; private set; }

    public DateTimeOffset? VerifiedAt { get; private set; }

    public string? LastRejectionComment { get; private set; }

    /// <summary>Derived: still open after the due day ended. A reported fix awaits the inspector, not the unit.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == RemediationStatus.Open && VietnamTime.IsPast(DueOn, now);

    internal static RemediationAction Open(
        Guid inspectionId, Guid findingId, Guid responsibleOrgUnitId, string action, DateOnly dueOn, DateTimeOffset now) =>
        new(NewId(now))
        {
            InspectionId = inspectionId,
            FindingId = findingId,
            ResponsibleOrgUnitId = Guard.NotEmpty(responsibleOrgUnitId, nameof(responsibleOrgUnitId)),
            Action = Guard.Text(action, "The remediation to carry out"),
            DueOn = dueOn,
            Status = RemediationStatus.Open,
        };

    internal void Report(Guid byUserId, Guid? evidenceDocumentId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        Guard.Status(Status, "A remediation action", "reported", RemediationStatus.Open);

        Status = RemediationStatus.Reported;
        ReportedAt = now;
        ReportedByUserId = byUserId;
        EvidenceDocumentId = Guard.NotEmpty(evidenceDocumentId, nameof(evidenceDocumentId));
    }

    internal void Verify(Guid verifierId, DateTimeOffset now)
    {
        Guard.NotEmpty(verifierId, nameof(verifierId));
        EnsureReported("verified");
        if (verifierId == ReportedByUserId)
        {
            throw new DomainException("The person who reported a fix cannot verify it.");
        }

        Status = RemediationStatus.Verified;
        VerifiedByUserId = verifierId;
        VerifiedAt = now;
    }

    internal void RejectReport(string comment)
    {
        var reason = Guard.Text(comment, "A comment on what is still missing");
        EnsureReported("rejected");
        Status = RemediationStatus.Open;
        LastRejectionComment = reason;
    }

    private void EnsureReported(string action) => Guard.Status(Status, "A remediation action", action, RemediationStatus.Reported);
}

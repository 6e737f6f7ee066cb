using Supervision.Domain.Common;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Planning;

public enum MilestoneOwnerType
{
    WorkTask,
    WorkflowStep,
    Plan,
    Inspection,
}

public enum MilestoneStatus
{
    Pending,
    Submitted,
    Approved,
    Returned,
    Waived,
}

/// <summary>Mốc tiến độ: a dated checkpoint of a task or a workflow step, optionally approved.</summary>
public sealed class Milestone : Entity
{
    private Milestone()
    {
    }

    private Milestone(Guid id)
        : base(id)
    {
    }

    public MilestoneOwnerType OwnerType { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Name { get; private set; } = null!;

    public DateOnly DueOn { get; private set; }

    public bool RequiresApproval { get; private set; }

    public Role? ApproverRole { get; private set; }

    public MilestoneStatus Status { get; private set; }

    public Guid? SubmittedByUserId { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? Comment { get; private set; }

    public int ReturnCount { get; private set; }

    public static Milestone Create(
        MilestoneOwnerType ownerType, Guid ownerId, string name, DateOnly dueOn, bool requiresApproval, Role? approverRole, DateTimeOffset now)
    {
        if (requiresApproval != approverRole.HasValue)
        {
            throw new DomainException("A milestone names an approver role exactly when it requires approval.");
        }

        return new Milestone(NewId(now))
        {
            OwnerType = Guard.Defined(ownerType, nameof(ownerType)),
            OwnerId = Guard.NotEmpty(ownerId, nameof(ownerId)),
            Name = Guard.Text(name, "A milestone name"),
            DueOn = dueOn,
            RequiresApproval = requiresApproval,
            ApproverRole = approverRole is null ? null : Guard.Defined(approverRole.Value, nameof(approverRole)),
            Status = MilestoneStatus.Pending,
        };
    }

    /// <summary>Reports the milestone reached; one that needs no approval is approved at once.</summary>
    public void Submit(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsureStatus("submitted", MilestoneStatus.Pending);
        MarkSubmitted(byUserId, now);
    }

    public void Resubmit(Guid byUserId, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        EnsureStatus("resubmitted", MilestoneStatus.Returned);
        MarkSubmitted(byUserId, now);
    }

    public void Approve(Guid approverId, string? comment, DateTimeOffset now)
    {
        Guard.NotEmpty(approverId, nameof(approverId));
        EnsureStatus("approved", MilestoneStatus.Submitted);
        EnsureNotSubmitter(approverId);

        Decide(MilestoneStatus.Approved, approverId, Guard.OptionalText(comment), now);
        Raise(new MilestoneApproved(Id, approverId, Comment, now));
    }

    public void Return(Guid approverId, string comment, DateTimeOffset now)
    {
        Guard.NotEmpty(approverId, nameof(approverId));
        var reason = Guard.Text(comment, "A comment explaining the return");
        EnsureStatus("returned", MilestoneStatus.Submitted);
        EnsureNotSubmitter(approverId);

        Decide(MilestoneStatus.Returned, approverId, reason, now);
        ReturnCount++;
        Raise(new MilestoneReturned(Id, approverId, reason, now));
    }

    /// <summary>Miễn: the milestone no longer applies, e.g. a meeting merged into another.</summary>
    public void Waive(Guid byUserId, string reason, DateTimeOffset now)
    {
        Guard.NotEmpty(byUserId, nameof(byUserId));
        var why = Guard.Text(reason, "A reason for waiving the milestone");
        EnsureStatus("waived", MilestoneStatus.Pending, MilestoneStatus.Returned);
        Decide(MilestoneStatus.Waived, byUserId, why, now);
        Raise(new MilestoneWaived(Id, byUserId, why, now));
    }

    private void MarkSubmitted(Guid byUserId, DateTimeOffset now)
    {
        Status = MilestoneStatus.Submitted;
        SubmittedByUserId = byUserId;
        SubmittedAt = now;
        Raise(new MilestoneSubmitted(Id, byUserId, now));
        if (!RequiresApproval)
        {
            Decide(MilestoneStatus.Approved, byUserId, null, now);
            Raise(new MilestoneApproved(Id, byUserId, null, now));
        }
    }

    private void Decide(MilestoneStatus status, Guid byUserId, string? comment, DateTimeOffset now)
    {
        Status = status;
        DecidedByUserId = byUserId;
        DecidedAt = now;
        Comment = comment;
    }

    private void EnsureNotSubmitter(Guid deciderId)
    {
        if (deciderId == SubmittedByUserId)
        {
            throw new DomainException("The person who submitted a milestone cannot decide on it.");
        }
    }

    private void EnsureStatus(string action, params MilestoneStatus[] allowed) => Guard.Status(Status, "A milestone", action, allowed);
}

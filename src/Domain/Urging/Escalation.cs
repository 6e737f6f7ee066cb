using Supervision.Domain.Common;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Urging;

public enum EscalationAction
{
    NotifyLeader,
    IssueUrgeLetter,

    /// <summary>Flag for the report to the cấp ủy, which can order an inspection.</summary>
    ReportToCommittee,
}

/// <summary>A record that an escalation rule fired for a target (DESIGN §4 defaults: +3/+5/+7/+15 WD).</summary>
public sealed class Escalation : Entity
{
    private Escalation()
    {
    }

    private Escalation(Guid id)
        : base(id)
    {
    }

    /// <summary>Stable key of the rule in the workflow template, e.g. "overdue+5wd".</summary>
    public string RuleKey { get; private set; } = null!;

    public Guid TargetId { get; private set; }

    public Role? FromRole { get; private set; }

    public Role ToRole { get; private set; }

    public EscalationAction Action { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    public static Escalation Record(
        string ruleKey, Guid targetId, Role? fromRole, Role toRole, EscalationAction action, DateTimeOffset now)
    {
        var escalation = new Escalation(NewId(now))
        {
            RuleKey = Guard.Text(ruleKey, "An escalation rule key"),
            TargetId = Guard.NotEmpty(targetId, nameof(targetId)),
            FromRole = fromRole is null ? null : Guard.Defined(fromRole.Value, nameof(fromRole)),
            ToRole = Guard.Defined(toRole, nameof(toRole)),
            Action = Guard.Defined(action, nameof(action)),
            OccurredAt = now,
        };
        escalation.Raise(new EscalationRaised(escalation.Id, targetId, toRole, action, now));
        return escalation;
    }

    public void Resolve(string? resolution, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainException("The escalation is already resolved.");
        }

        if (now < OccurredAt)
        {
            throw new DomainException("An escalation cannot be resolved before it occurred.");
        }

        ResolvedAt = now;
        Resolution = Guard.OptionalText(resolution);
    }
}

public sealed record EscalationRaised(Guid EscalationId, Guid TargetId, Role ToRole, EscalationAction Action, DateTimeOffset OccurredAt) : IDomainEvent;

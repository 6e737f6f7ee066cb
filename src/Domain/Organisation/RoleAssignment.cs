using Supervision.Domain.Common;

namespace Supervision.Domain.Organisation;

/// <summary>
/// A person holds a role in a unit for a period. A delegation (ủy quyền) is a temporary
/// assignment that names the person it comes from and must end.
/// </summary>
public sealed class RoleAssignment : Entity
{
    private RoleAssignment()
    {
    }

    private RoleAssignment(Guid id)
        : base(id)
    {
    }

    public Guid UserId { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public Role Role { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>Last day of the assignment (inclusive); null while open-ended.</summary>
    public DateOnly? ValidTo { get; private set; }

    public Guid? DelegatedFromUserId { get; private set; }

    public bool IsDelegation => DelegatedFromUserId is not null;

    public static RoleAssignment Grant(
        Guid userId, Guid orgUnitId, Role role, DateOnly validFrom, DateOnly? validTo, DateTimeOffset now)
    {
        EnsurePeriod(validFrom, validTo);
        return new RoleAssignment(NewId(now))
        {
            UserId = Guard.NotEmpty(userId, nameof(userId)),
            OrgUnitId = Guard.NotEmpty(orgUnitId, nameof(orgUnitId)),
            Role = Guard.Defined(role, nameof(role)),
            ValidFrom = validFrom,
            ValidTo = validTo,
        };
    }

    /// <summary>Hands this role to <paramref name="toUserId"/> for a bounded period inside this assignment's own.</summary>
    public RoleAssignment DelegateTo(Guid toUserId, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        Guard.NotEmpty(toUserId, nameof(toUserId));
        if (IsDelegation)
        {
            // A chain of delegations hides who is answerable for a decision.
            throw new DomainException("A delegated role cannot be delegated again.");
        }

        if (toUserId == UserId)
        {
            throw new DomainException("A role cannot be delegated to its holder.");
        }

        EnsurePeriod(from, to);
        if (!IsActiveOn(from) || !IsActiveOn(to))
        {
            throw new DomainException("A delegation must lie within the period of the role it comes from.");
        }

        return new RoleAssignment(NewId(now))
        {
            UserId = toUserId,
            OrgUnitId = OrgUnitId,
            Role = Role,
            ValidFrom = from,
            ValidTo = to,
            DelegatedFromUserId = UserId,
        };
    }

    public bool IsActiveOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>Ends the assignment; <paramref name="lastDay"/> is the last day it still applies.</summary>
    public void End(DateOnly lastDay)
    {
        if (ValidTo is not null && ValidTo <= lastDay)
        {
            throw new DomainException($"The assignment already ends on {ValidTo:dd/MM/yyyy}.");
        }

        if (lastDay < ValidFrom)
        {
            throw new DomainException("An assignment cannot end before it starts.");
        }

        ValidTo = lastDay;
    }

    private static void EnsurePeriod(DateOnly from, DateOnly? to)
    {
        if (to is not null && to < from)
        {
            throw new DomainException("An assignment cannot end before it starts.");
        }
    }
}

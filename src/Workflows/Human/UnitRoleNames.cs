using Supervision.Domain.Calendar;
using Supervision.Domain.Organisation;

namespace Supervision.Workflows.Human;

/// <summary>The roles people hold in a unit (DOMAIN §3.1, and the escalation ladder's), the ones a task can be given to.</summary>
public static class UnitRoleNames
{
    public static readonly string[] All = [.. Enum.GetNames<Role>().Union([EscalationRule.SectionHeadRole, EscalationRule.BoardLeaderRole])];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

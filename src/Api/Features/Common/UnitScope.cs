using Supervision.Api.Security;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Common;

/// <summary>
/// The units whose work a user may see: everything for administrators, supervisors, designers and viewers;
/// their own unit and the units under it for a unit officer (DESIGN §7: an officer sees only within their unit).
/// </summary>
public sealed class UnitScope
{
    private readonly IReadOnlySet<string>? _units;

    private UnitScope(IReadOnlySet<string>? units) => _units = units;

    /// <summary>Null when the user sees every unit.</summary>
    public IReadOnlySet<string>? Units => _units;

    public bool IsUnrestricted => _units is null;

    public bool Contains(string? unitId) => _units is null || (unitId is not null && _units.Contains(unitId));

    /// <summary>The visible units as domain records name them (<see cref="DomainKeys.OrgUnit"/>); null when the user sees every unit.</summary>
    public IReadOnlyList<Guid>? DomainIds() => _units?.Select(DomainKeys.OrgUnit).ToList();

    public static UnitScope For(CurrentUser user, DbOrgDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(directory);
        if (user.IsAdmin || user.IsSupervisor || user.IsInRole(Roles.Viewer) || user.IsInRole(Roles.Designer) || !user.IsInRole(Roles.UnitOfficer))
            return new UnitScope(null);
        // An officer without a unit sees nothing rather than everything.
        return new UnitScope(user.UnitId is null ? new HashSet<string>() : directory.Subtree(user.UnitId));
    }
}

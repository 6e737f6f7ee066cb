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

    /// <summary>Refuses (403) a filter on a unit the user does not see.</summary>
    public void Require(string unitId)
    {
        if (!Contains(unitId))
            throw new Infrastructure.ForbiddenException($"Unit '{unitId}' is outside your unit.");
    }

    /// <summary>
    /// The domain ids (<see cref="DomainKeys.OrgUnit"/>) of the units a list of domain records is about: the units
    /// the user sees, narrowed to <paramref name="unitId"/> and the units under it when a filter names one; null when
    /// nothing narrows the list. A filter on a unit the user does not see is refused (403), as <see cref="Require"/>.
    /// </summary>
    public List<Guid>? OrgUnitKeys(DbOrgDirectory directory, string? unitId = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        IEnumerable<string>? units = _units;
        if (!string.IsNullOrEmpty(unitId))
        {
            Require(unitId);
            var subtree = directory.Subtree(unitId);
            units = _units is null ? subtree : subtree.Where(_units.Contains);
        }
        return units?.Select(DomainKeys.OrgUnit).ToList();
    }

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

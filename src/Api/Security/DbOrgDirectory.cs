using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Security;

/// <summary>The organisation as stored in <c>org_units</c>, cached briefly (units change rarely and by administrators).</summary>
public sealed class DbOrgDirectory(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider clock) : IOrgDirectory
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private (DateTimeOffset At, List<OrgUnitRecord> Units)? _cache;
    private DomainIdIndex? _byDomainId;

    public DirectoryUnit? Find(string idOrCode)
    {
        var units = Units();
        var unit = units.Find(u => u.Id == idOrCode) ?? units.Find(u => string.Equals(u.Code, idOrCode, StringComparison.OrdinalIgnoreCase));
        return unit is null ? null : ToDirectory(unit);
    }

    public IReadOnlyList<DirectoryUnit> Resolve(string query, DateOnly on) =>
        OrgQuery.Resolve(query, Find, id => Units().Where(u => (u.ParentId ?? "") == id && u.ValidFrom <= on && (u.ValidTo is null || u.ValidTo >= on)).Select(ToDirectory));

    /// <summary>The unit and every unit under it (an officer acts within this set).</summary>
    public IReadOnlySet<string> Subtree(string unitId)
    {
        var units = Units();
        var result = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var pending = new Queue<string>([unitId]);
        while (pending.Count > 0)
        {
            var parent = pending.Dequeue();
            foreach (var child in units.Where(u => u.ParentId == parent))
            {
                if (result.Add(child.Id))
                    pending.Enqueue(child.Id);
            }
        }
        return result;
    }

    /// <summary>
    /// The unit a domain record names by its domain id (<see cref="DomainKeys.OrgUnit"/> of the unit's id), or null
    /// for a unit not in <c>org_units</c>.
    /// </summary>
    public DirectoryUnit? FindByDomainId(Guid domainId)
    {
        var units = Units();
        var index = _byDomainId;
        if (index is null || !ReferenceEquals(index.Units, units))
            _byDomainId = index = new DomainIdIndex(units, units.ToDictionary(u => DomainKeys.OrgUnit(u.Id)));
        return index.ById.TryGetValue(domainId, out var unit) ? ToDirectory(unit) : null;
    }

    public void Invalidate() => _cache = null;

    private List<OrgUnitRecord> Units()
    {
        var now = clock.GetUtcNow();
        if (_cache is { } cache && now - cache.At < CacheFor)
            return cache.Units;
        using var db = contexts.CreateDbContext();
        var units = db.OrgUnits.AsNoTracking().ToList();
        _cache = (now, units);
        return units;
    }

    /// <summary>Built once per cached list of units (a reference, so that readers on other threads see it whole).</summary>
    private sealed record DomainIdIndex(List<OrgUnitRecord> Units, Dictionary<Guid, OrgUnitRecord> ById);

    private static DirectoryUnit ToDirectory(OrgUnitRecord unit) => new(unit.Id, unit.Code, unit.NameVi, unit.NameEn, unit.Kind, unit.ParentId);
}

using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Security;

/// <summary>The organisation as stored in <c>org_units</c>, cached briefly (units change rarely and by administrators).</summary>
public sealed class DbOrgDirectory(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider clock) : IOrgDirectory
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private Snapshot? _cache;

    public DirectoryUnit? Find(string idOrCode)
    {
        var units = Units();
        var unit = units.Find(u => u.Id == idOrCode) ?? units.Find(u => string.Equals(u.Code, idOrCode, StringComparison.OrdinalIgnoreCase));
        return unit is null ? null : ToDirectory(unit);
    }

    /// <summary>
    /// The unit a domain record names by its Guid (<see cref="DomainKeys.OrgUnit"/> of the unit's id), or null for a
    /// Guid that is no unit's.
    /// </summary>
    public DirectoryUnit? FindByDomainKey(Guid key) =>
        Load().ByDomainKey.TryGetValue(key, out var unit) ? ToDirectory(unit) : null;

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

    /// <summary>Every unit, open or closed.</summary>
    public IReadOnlyList<DirectoryUnit> All() => [.. Units().Select(ToDirectory)];

    public void Invalidate() => _cache = null;

    private List<OrgUnitRecord> Units() => Load().Units;

    private Snapshot Load()
    {
        var now = clock.GetUtcNow();
        if (_cache is { } cache && now - cache.At < CacheFor)
            return cache;
        using var db = contexts.CreateDbContext();
        var units = db.OrgUnits.AsNoTracking().ToList();
        // Domain records name units by a hash of their id, which cannot be read back: the reverse map is built here.
        var snapshot = new Snapshot(now, units, units.ToDictionary(u => DomainKeys.OrgUnit(u.Id)));
        _cache = snapshot;
        return snapshot;
    }

    // One object, swapped whole, so that a request never sees the units of one load with the map of another.
    private sealed record Snapshot(DateTimeOffset At, List<OrgUnitRecord> Units, Dictionary<Guid, OrgUnitRecord> ByDomainKey);

    /// <summary>A unit's name in the reader's language: the English one when English is asked for and the unit has one.</summary>
    public string? NameOf(string? unitId, bool english) =>
        unitId is null || Find(unitId) is not { } unit ? null : english ? unit.NameEn ?? unit.NameVi : unit.NameVi;

    private static DirectoryUnit ToDirectory(OrgUnitRecord unit) => new(unit.Id, unit.Code, unit.NameVi, unit.NameEn, unit.Kind, unit.ParentId);
}

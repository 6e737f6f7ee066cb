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
        var snapshot = Load();
        return snapshot.ById.GetValueOrDefault(idOrCode) ?? snapshot.ByCode.GetValueOrDefault(idOrCode);
    }

    /// <summary>
    /// The unit a domain record names by its Guid (<see cref="DomainKeys.OrgUnit"/> of the unit's id), or null for a
    /// Guid that is no unit's.
    /// </summary>
    public DirectoryUnit? FindByDomainKey(Guid key) => Load().ByDomainKey.GetValueOrDefault(key);

    public IReadOnlyList<DirectoryUnit> Resolve(string query, DateOnly on) =>
        OrgQuery.Resolve(query, Find, id => Units().Where(u => (u.ParentId ?? "") == id && OpenOn(u, on)).Select(ToDirectory));

    public bool IsOpen(string id, DateOnly on) => Units().Exists(u => u.Id == id && OpenOn(u, on));

    private static bool OpenOn(OrgUnitRecord unit, DateOnly on) => unit.ValidFrom <= on && (unit.ValidTo is null || unit.ValidTo >= on);

    /// <summary>The unit and every unit under it (an officer acts within this set).</summary>
    public IReadOnlySet<string> Subtree(string unitId)
    {
        var children = Load().ChildIds;
        var result = new HashSet<string>(StringComparer.Ordinal) { unitId };
        var pending = new Queue<string>([unitId]);
        while (pending.Count > 0)
        {
            foreach (var child in children[pending.Dequeue()])
            {
                if (result.Add(child))
                    pending.Enqueue(child);
            }
        }
        return result;
    }

    /// <summary>Every unit, open or closed.</summary>
    public IReadOnlyList<DirectoryUnit> All() => Load().All;

    public void Invalidate() => _cache = null;

    private List<OrgUnitRecord> Units() => Load().Units;

    private Snapshot Load()
    {
        var now = clock.GetUtcNow();
        if (_cache is { } cache && now - cache.At < CacheFor)
            return cache;
        using var db = contexts.CreateDbContext();
        var units = db.OrgUnits.AsNoTracking().ToList();
        var all = units.Select(ToDirectory).ToList();
        var byCode = new Dictionary<string, DirectoryUnit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in all)
            byCode.TryAdd(unit.Code, unit); // the first, as a search in load order would find
        var snapshot = new Snapshot(now, units, all,
            all.ToDictionary(u => u.Id, StringComparer.Ordinal),
            byCode,
            // Domain records name units by a hash of their id, which cannot be read back: the reverse map is built here.
            all.ToDictionary(u => DomainKeys.OrgUnit(u.Id)),
            all.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!, u => u.Id, StringComparer.Ordinal));
        _cache = snapshot;
        return snapshot;
    }

    // One object, swapped whole, so that a request never sees the units of one load with the maps of another. A request
    // looks units up by id or code and walks subtrees on every inbox read: each is a map here, not a scan of the list.
    private sealed record Snapshot(
        DateTimeOffset At,
        List<OrgUnitRecord> Units,
        IReadOnlyList<DirectoryUnit> All,
        Dictionary<string, DirectoryUnit> ById,
        Dictionary<string, DirectoryUnit> ByCode,
        Dictionary<Guid, DirectoryUnit> ByDomainKey,
        ILookup<string, string> ChildIds);

    /// <summary>A unit's names, Vietnamese and English (each null when the unit is unknown; English null when it has none).</summary>
    public (string? Vi, string? En) NamesOf(string? unitId) =>
        unitId is null || Find(unitId) is not { } unit ? (null, null) : (unit.NameVi, unit.NameEn);

    /// <summary>A unit's name in the reader's language: the English one when English is asked for and the unit has one.</summary>
    public string? NameOf(string? unitId, bool english) =>
        NamesOf(unitId) is var (vi, en) && english ? en ?? vi : vi;

    private static DirectoryUnit ToDirectory(OrgUnitRecord unit) => new(unit.Id, unit.Code, unit.NameVi, unit.NameEn, unit.Kind, unit.ParentId);
}

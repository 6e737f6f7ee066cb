namespace Supervision.Domain.Organisation;

/// <summary>
/// Answers tree questions over a loaded set of units, e.g. "every affiliated Party committee
/// under the Tỉnh ủy on 1/9/2025", so workflow templates can address units by kind and level
/// instead of by name.
/// </summary>
public sealed class OrgTree
{
    private readonly Dictionary<Guid, OrgUnit> _byId;
    private readonly ILookup<Guid, OrgUnit> _childrenByParent;

    public OrgTree(IEnumerable<OrgUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _byId = units.ToDictionary(u => u.Id);
        _childrenByParent = _byId.Values
            .Where(u => u.ParentId is not null)
            .ToLookup(u => u.ParentId!.Value);
    }

    /// <summary>
    /// Every unit below <paramref name="rootId"/> (not the root itself) that is active on
    /// <paramref name="on"/>. A closed intermediate unit is still walked through, because a unit
    /// below it may not have been re-parented yet; it is just not returned.
    /// </summary>
    public IReadOnlyList<OrgUnit> DescendantsActiveOn(Guid rootId, DateOnly on) =>
        Descendants(rootId, directChildrenOnly: false).Where(u => u.IsActiveOn(on)).ToList();

    /// <summary>Units of <paramref name="kind"/> below <paramref name="rootId"/> active on <paramref name="on"/>.</summary>
    public IReadOnlyList<OrgUnit> OfKindUnder(Guid rootId, OrgUnitKind kind, DateOnly on, bool directChildrenOnly = false) =>
        Descendants(rootId, directChildrenOnly).Where(u => u.Kind == kind && u.IsActiveOn(on)).ToList();

    private IEnumerable<OrgUnit> Descendants(Guid rootId, bool directChildrenOnly)
    {
        if (!_byId.ContainsKey(rootId))
        {
            throw new KeyNotFoundException($"Unit {rootId} is not in the tree.");
        }

        // Breadth-first with a visited set: bad data with a parent cycle must not loop forever.
        var visited = new HashSet<Guid> { rootId };
        var queue = new Queue<Guid>();
        queue.Enqueue(rootId);
        while (queue.Count > 0)
        {
            var parentId = queue.Dequeue();
            foreach (var child in _childrenByParent[parentId])
            {
                if (!visited.Add(child.Id))
                {
                    continue;
                }

                yield return child;
                if (!directChildrenOnly)
                {
                    queue.Enqueue(child.Id);
                }
            }
        }
    }
}

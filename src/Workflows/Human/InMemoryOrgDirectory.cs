namespace Supervision.Workflows.Human;

/// <summary>A directory over a fixed list of units (the command line and tests; the server reads the database).</summary>
public sealed class InMemoryOrgDirectory(IEnumerable<DirectoryUnit> units) : IOrgDirectory
{
    private readonly List<DirectoryUnit> _units = units.ToList();

    public IReadOnlyList<DirectoryUnit> Units => _units;

    public DirectoryUnit? Find(string idOrCode) =>
        _units.Find(u => u.Id == idOrCode) ?? _units.Find(u => string.Equals(u.Code, idOrCode, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<DirectoryUnit> Resolve(string query, DateOnly on) => OrgQuery.Resolve(query, Find, id => _units.Where(u => (u.ParentId ?? "") == id));

    /// <summary>The units of a fixed list carry no dates: every one is open.</summary>
    public bool IsOpen(string id, DateOnly on) => _units.Exists(u => u.Id == id);
}

/// <summary>The unit query language shared by every directory.</summary>
public static class OrgQuery
{
    public static IReadOnlyList<DirectoryUnit> Resolve(string query, Func<string, DirectoryUnit?> find, Func<string, IEnumerable<DirectoryUnit>> children)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Trim();
        var colon = query.IndexOf(':', StringComparison.Ordinal);
        var verb = colon > 0 ? query[..colon].Trim().ToLowerInvariant() : "";
        var argument = colon > 0 ? query[(colon + 1)..].Trim() : query;
        switch (verb)
        {
            case "children":
                return children(Require(find, argument).Id).ToList();
            case "descendants":
                return Descendants(Require(find, argument).Id, children).ToList();
            case "kind":
                var parts = argument.Split('@', 2, StringSplitOptions.TrimEntries);
                var pool = parts.Length == 2 ? Descendants(Require(find, parts[1]).Id, children) : AllFrom(find, children);
                return pool.Where(u => string.Equals(u.Kind, parts[0], StringComparison.OrdinalIgnoreCase)).ToList();
            case "":
                return argument.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => Require(find, id)).ToList();
            default:
                throw new ArgumentException($"Unit query '{query}' is not understood; use children:<unit>, descendants:<unit>, kind:<Kind>[@<unit>] or a list of units.");
        }
    }

    private static DirectoryUnit Require(Func<string, DirectoryUnit?> find, string idOrCode) =>
        find(idOrCode) ?? throw new ArgumentException($"Unit '{idOrCode}' is not known.");

    private static IEnumerable<DirectoryUnit> Descendants(string id, Func<string, IEnumerable<DirectoryUnit>> children)
    {
        var pending = new Queue<string>([id]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        while (pending.Count > 0)
        {
            foreach (var child in children(pending.Dequeue()))
            {
                if (!seen.Add(child.Id))
                    continue;
                yield return child;
                pending.Enqueue(child.Id);
            }
        }
    }

    private static IEnumerable<DirectoryUnit> AllFrom(Func<string, DirectoryUnit?> find, Func<string, IEnumerable<DirectoryUnit>> children) =>
        children("").Concat(children("").SelectMany(root => Descendants(root.Id, children)));
}

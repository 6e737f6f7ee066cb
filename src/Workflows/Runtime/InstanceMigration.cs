using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// Rewrites an instance's state for another version of its definition. Everything the instance will act on
/// later (open bookmarks, queued work, running flowcharts, open incidents) must map to an activity of the same
/// type in the target; history (completion counts, outputs, join progress) follows the map where it can.
/// </summary>
public static class InstanceMigration
{
    /// <summary>Checks and applies the map; on any problem throws <see cref="WorkflowMigrationException"/> and leaves <paramref name="state"/> untouched.</summary>
    public static JournalEntry Apply(CompiledWorkflow source, CompiledWorkflow target, WorkflowState state, IReadOnlyDictionary<string, string>? map, string? actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(state);
        map ??= new Dictionary<string, string>();
        var problems = new List<string>();

        foreach (var (from, to) in map)
        {
            if (!source.NodesById.ContainsKey(from))
                problems.Add($"The map names activity '{from}', which version {source.Definition.Version} does not have.");
            if (!target.NodesById.ContainsKey(to))
                problems.Add($"The map sends '{from}' to '{to}', which version {target.Definition.Version} does not have.");
        }

        string? Map(string activityId) =>
            map.TryGetValue(activityId, out var mapped) ? mapped : target.NodesById.ContainsKey(activityId) ? activityId : null;

        void Require(string activityId, string what)
        {
            var mapped = Map(activityId);
            if (mapped is null || !target.NodesById.TryGetValue(mapped, out var node))
            {
                problems.Add($"{what} is at activity '{activityId}', which has no counterpart in version {target.Definition.Version}.");
                return;
            }
            var sourceType = source.NodesById.TryGetValue(activityId, out var sourceNode) ? sourceNode.TypeName : null;
            if (sourceType is not null && sourceType != node.TypeName)
                problems.Add($"{what} is at activity '{activityId}' ({sourceType}), but its counterpart '{mapped}' is a {node.TypeName}.");
        }

        foreach (var bookmark in state.Bookmarks)
            Require(bookmark.ActivityId, $"Open bookmark '{bookmark.Id}'");
        foreach (var item in state.Queue)
            Require(item.ActivityId, "Queued work");
        foreach (var scope in state.ActiveScopes)
        {
            if (scope != source.Root.Id || scope != target.Root.Id)
                Require(scope, "A running flowchart");
        }
        foreach (var incident in state.Incidents.Where(i => i.ResolvedAt is null))
            Require(incident.ActivityId, $"Open incident '{incident.Id}'");
        if (state.TriggerActivityId is { } trigger)
            Require(trigger, "The trigger");
        if (problems.Count > 0)
            throw new WorkflowMigrationException(state.InstanceId, problems);

        var fromVersion = state.DefinitionVersion;
        foreach (var bookmark in state.Bookmarks)
            bookmark.ActivityId = Map(bookmark.ActivityId)!;
        state.Queue = new Queue<WorkItem>(state.Queue.Select(i => new WorkItem(Map(i.ActivityId)!)));
        state.ActiveScopes = new HashSet<string>(state.ActiveScopes.Select(s => Map(s) ?? s), StringComparer.Ordinal);
        foreach (var incident in state.Incidents.Where(i => i.ResolvedAt is null))
            incident.ActivityId = Map(incident.ActivityId)!;
        if (state.TriggerActivityId is { } t)
            state.TriggerActivityId = Map(t);
        state.Completions = Remap(state.Completions, Map);
        state.ActivityOutputs = Remap(state.ActivityOutputs, Map);
        // Join progress is keyed by source connections; it cannot be translated, so only joins whose node and
        // branches keep their ids survive.
        state.Joins = state.Joins.Where(j => Map(j.Key) == j.Key).ToDictionary(j => j.Key, j => j.Value, StringComparer.Ordinal);

        state.DefinitionVersionId = target.Definition.Id;
        state.DefinitionVersion = target.Definition.Version;
        state.UpdatedAt = now;
        var mapJson = new JsonObject();
        foreach (var (from, to) in map)
            mapJson[from] = to;
        return new JournalEntry(now, JournalEvents.WorkflowMigrated, Message: $"v{fromVersion} → v{target.Definition.Version}", Actor: actor,
            Data: new JsonObject { ["fromVersion"] = fromVersion, ["toVersion"] = target.Definition.Version, ["toVersionId"] = target.Definition.Id, ["map"] = mapJson });
    }

    private static Dictionary<string, T> Remap<T>(Dictionary<string, T> values, Func<string, string?> map)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (map(key) is { } mapped)
                result[mapped] = value;
        }
        return result;
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Expressions;

namespace Supervision.Workflows.Serialization;

/// <summary>
/// Turns a <see cref="WorkflowState"/> into self-describing JSON and back. Every value carries its type
/// alias, so the JSON alone restores the same CLR values in another process.
/// </summary>
public static class WorkflowStateSerializer
{
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(WorkflowState state) => ToJson(state).ToJsonString(Compact);

    public static JsonObject ToJson(WorkflowState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new JsonObject
        {
            ["format"] = FormatVersion,
            ["instanceId"] = state.InstanceId,
            ["definitionId"] = state.DefinitionId,
            ["definitionVersionId"] = state.DefinitionVersionId,
            ["definitionVersion"] = state.DefinitionVersion,
            ["status"] = state.Status.ToString(),
            ["correlationId"] = state.CorrelationId,
            ["triggerActivityId"] = state.TriggerActivityId,
            ["variables"] = Values(state.Variables),
            ["input"] = Values(state.Input),
            ["output"] = Values(state.Output),
            ["activityOutputs"] = new JsonObject(state.ActivityOutputs.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Values(p.Value)))),
            ["bookmarks"] = new JsonArray([.. state.Bookmarks.Select(WriteBookmark)]),
            ["queue"] = new JsonArray([.. state.Queue.Select(item => (JsonNode)JsonValue.Create(item.ActivityId))]),
            ["activeScopes"] = new JsonArray([.. state.ActiveScopes.Order(StringComparer.Ordinal).Select(s => (JsonNode)JsonValue.Create(s))]),
            ["joins"] = new JsonObject(state.Joins.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject
            {
                ["live"] = Strings(p.Value.Live),
                ["dead"] = Strings(p.Value.Dead),
                ["ignore"] = Strings(p.Value.Ignore),
            }))),
            ["completions"] = new JsonObject(state.Completions.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
            ["incidents"] = new JsonArray([.. state.Incidents.Select(WriteIncident)]),
            ["createdAt"] = state.CreatedAt,
            ["updatedAt"] = state.UpdatedAt,
            ["finishedAt"] = state.FinishedAt,
        };
    }

    public static WorkflowState Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FromJson(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("Workflow state must be a JSON object."));
    }

    public static WorkflowState FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var format = json["format"]?.GetValue<int>() ?? 0;
        if (format != FormatVersion)
            throw new JsonException($"Workflow state format {format} is not supported (expected {FormatVersion}).");
        var state = new WorkflowState
        {
            InstanceId = json["instanceId"]!.GetValue<string>(),
            DefinitionId = json["definitionId"]!.GetValue<string>(),
            DefinitionVersionId = json["definitionVersionId"]!.GetValue<string>(),
            DefinitionVersion = json["definitionVersion"]!.GetValue<int>(),
            Status = Enum.Parse<WorkflowStatus>(json["status"]!.GetValue<string>()),
            CorrelationId = json["correlationId"]?.GetValue<string>(),
            TriggerActivityId = json["triggerActivityId"]?.GetValue<string>(),
            Variables = ReadValues(json["variables"]),
            Input = ReadValues(json["input"]),
            Output = ReadValues(json["output"]),
            CreatedAt = json["createdAt"]!.GetValue<DateTimeOffset>(),
            UpdatedAt = json["updatedAt"]!.GetValue<DateTimeOffset>(),
            FinishedAt = json["finishedAt"]?.GetValue<DateTimeOffset>(),
        };
        if (json["activityOutputs"] is JsonObject outputs)
        {
            foreach (var (activityId, values) in outputs)
                state.ActivityOutputs[activityId] = ReadValues(values);
        }
        foreach (var bookmark in (json["bookmarks"] as JsonArray ?? []).OfType<JsonObject>())
            state.Bookmarks.Add(ReadBookmark(bookmark));
        foreach (var item in json["queue"] as JsonArray ?? [])
            state.Queue.Enqueue(new WorkItem(item!.GetValue<string>()));
        foreach (var scope in json["activeScopes"] as JsonArray ?? [])
            state.ActiveScopes.Add(scope!.GetValue<string>());
        if (json["joins"] is JsonObject joins)
        {
            foreach (var (activityId, join) in joins)
            {
                state.Joins[activityId] = new JoinState
                {
                    Live = ReadStrings(join?["live"]),
                    Dead = ReadStrings(join?["dead"]),
                    Ignore = ReadStrings(join?["ignore"]),
                };
            }
        }
        if (json["completions"] is JsonObject completions)
        {
            foreach (var (activityId, count) in completions)
                state.Completions[activityId] = count!.GetValue<int>();
        }
        foreach (var incident in (json["incidents"] as JsonArray ?? []).OfType<JsonObject>())
            state.Incidents.Add(ReadIncident(incident));
        return state;
    }

    /// <summary>A value with its type alias: <c>{"type": "Int32", "value": 3}</c>.</summary>
    public static JsonObject WriteValue(object? value) => new()
    {
        ["type"] = value switch
        {
            null => "Null",
            JsonNode => "JSON",
            _ => TypeNames.AliasOf(value.GetType()) is var alias && alias != "Object" ? alias : "JSON",
        },
        ["value"] = ValueConverter.ToJson(value),
    };

    public static object? ReadValue(JsonNode? node)
    {
        if (node is not JsonObject obj)
            return null;
        var type = obj["type"]?.GetValue<string>() ?? "JSON";
        var value = obj["value"];
        return type switch
        {
            "Null" => null,
            "JSON" => value?.DeepClone(),
            _ => value is JsonValue v && v.TryGetValue<string>(out var text) ? ValueConverter.Parse(text, TypeNames.Resolve(type)) : ValueConverter.To(value?.DeepClone(), TypeNames.Resolve(type)),
        };
    }

    private static JsonObject Values(Dictionary<string, object?> values) =>
        new(values.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)WriteValue(p.Value))));

    private static Dictionary<string, object?> ReadValues(JsonNode? node)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
                result[key] = ReadValue(value);
        }
        return result;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Order(StringComparer.Ordinal).Select(v => (JsonNode)JsonValue.Create(v))]);

    private static HashSet<string> ReadStrings(JsonNode? node) =>
        new((node as JsonArray ?? []).Select(n => n!.GetValue<string>()), StringComparer.Ordinal);

    public static JsonObject WriteBookmark(Bookmark bookmark) => new()
    {
        ["id"] = bookmark.Id,
        ["name"] = bookmark.Name,
        ["hash"] = bookmark.Hash,
        ["stimulus"] = bookmark.Stimulus?.DeepClone(),
        ["activityId"] = bookmark.ActivityId,
        ["activityType"] = bookmark.ActivityType,
        ["createdAt"] = bookmark.CreatedAt,
        ["dueAt"] = bookmark.DueAt,
        ["payload"] = bookmark.Payload?.DeepClone(),
        ["jobId"] = bookmark.JobId,
    };

    public static Bookmark ReadBookmark(JsonObject json) => new()
    {
        Id = json["id"]!.GetValue<string>(),
        Name = json["name"]!.GetValue<string>(),
        Hash = json["hash"]!.GetValue<string>(),
        Stimulus = json["stimulus"]?.DeepClone(),
        ActivityId = json["activityId"]!.GetValue<string>(),
        ActivityType = json["activityType"]?.GetValue<string>() ?? "",
        CreatedAt = json["createdAt"]!.GetValue<DateTimeOffset>(),
        DueAt = json["dueAt"]?.GetValue<DateTimeOffset>(),
        Payload = json["payload"]?.DeepClone() as JsonObject,
        JobId = json["jobId"]?.GetValue<string>(),
    };

    private static JsonObject WriteIncident(Incident incident) => new()
    {
        ["id"] = incident.Id,
        ["activityId"] = incident.ActivityId,
        ["activityType"] = incident.ActivityType,
        ["message"] = incident.Message,
        ["exceptionType"] = incident.ExceptionType,
        ["stackTrace"] = incident.StackTrace,
        ["at"] = incident.At,
        ["resolvedAt"] = incident.ResolvedAt,
        ["retryMode"] = incident.RetryMode,
        ["retryBookmarkId"] = incident.RetryBookmarkId,
        ["retryInput"] = incident.RetryInput?.DeepClone(),
    };

    private static Incident ReadIncident(JsonObject json) => new()
    {
        Id = json["id"]!.GetValue<string>(),
        ActivityId = json["activityId"]!.GetValue<string>(),
        ActivityType = json["activityType"]?.GetValue<string>() ?? "",
        Message = json["message"]?.GetValue<string>() ?? "",
        ExceptionType = json["exceptionType"]?.GetValue<string>(),
        StackTrace = json["stackTrace"]?.GetValue<string>(),
        At = json["at"]!.GetValue<DateTimeOffset>(),
        ResolvedAt = json["resolvedAt"]?.GetValue<DateTimeOffset>(),
        RetryMode = json["retryMode"]?.GetValue<string>() ?? IncidentRetryModes.Execute,
        RetryBookmarkId = json["retryBookmarkId"]?.GetValue<string>(),
        RetryInput = json["retryInput"]?.DeepClone(),
    };
}

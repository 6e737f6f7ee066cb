using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervision.Workflows.Definitions;

/// <summary>The result of reading a definition: the model and the warnings raised while reading.</summary>
public sealed record DefinitionReadResult(WorkflowDefinition Definition, IReadOnlyList<string> Warnings);

/// <summary>
/// Reads Elsa 3 workflow-definition JSON: both connection shapes, a UTF-8 byte-order mark, top-level
/// <c>canStartWorkflow</c>, and unknown keys (kept for writing back).
/// </summary>
public static class WorkflowDefinitionReader
{
    /// <summary>Largest definition accepted, in bytes.</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted.</summary>
    public const int MaxDepth = 64;

    private static readonly HashSet<string> ActivityKeys = new(StringComparer.Ordinal)
    {
        "id", "nodeId", "name", "type", "version", "customProperties", "metadata",
    };

    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal)
    {
        "$schema", "id", "definitionId", "name", "description", "version", "isLatest", "isPublished",
        "variables", "inputs", "outputs", "outcomes", "customProperties", "options", "root",
    };

    /// <param name="fileName">The file the JSON came from: a definition without <c>definitionId</c> takes one from its name (see <see cref="IdFromFileName"/>).</param>
    public static DefinitionReadResult Read(string json, string? fileName = null) => Read(Encoding.UTF8.GetBytes(json), fileName: fileName);

    /// <summary>
    /// A definition id made from a file's name, without its extension: letters without their accents (đ → d), digits, '.',
    /// '_' and '-' kept, every other run of characters one '-', at most 128 characters; null when nothing is left.
    /// "Kế hoạch năm 2026.json" gives "Ke-hoach-nam-2026".
    /// </summary>
    public static string? IdFromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
            return null;
        var stem = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        var plain = Human.SearchText.WithoutMarks(stem);
        var id = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
                id.Append(c);
            else if (id.Length > 0 && id[^1] != '-')
                id.Append('-');
        }
        var text = id.ToString().Trim('-', '.', '_');
        if (text.Length > 128)
            text = text[..128].TrimEnd('-', '.', '_');
        return text.Length == 0 ? null : text;
    }

    public static DefinitionReadResult ReadFile(string path, int maxBytes = DefaultMaxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new DefinitionFormatException($"{path}: file not found");
        if (info.Length > maxBytes)
            throw new DefinitionFormatException($"{path}: file is {info.Length:N0} bytes; the limit is {maxBytes:N0} bytes");
        return Read(File.ReadAllBytes(path), maxBytes, Path.GetFileName(path));
    }

    /// <param name="fileName">The file the JSON came from: a definition without <c>definitionId</c> takes one from its name (see <see cref="IdFromFileName"/>).</param>
    public static DefinitionReadResult Read(ReadOnlySpan<byte> utf8, int maxBytes = DefaultMaxBytes, string? fileName = null)
    {
        if (utf8.Length > maxBytes)
            throw new DefinitionFormatException($"definition is {utf8.Length:N0} bytes; the limit is {maxBytes:N0} bytes");
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            utf8 = utf8[3..];

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions
            {
                MaxDepth = MaxDepth,
                AllowTrailingCommas = true,
                CommentHandling = JsonCommentHandling.Skip,
            });
        }
        catch (JsonException ex)
        {
            throw new DefinitionFormatException($"not valid JSON: {OneLine(ex.Message)}", ex);
        }

        if (document is not JsonObject top)
            throw new DefinitionFormatException("a workflow definition must be a JSON object");

        var warnings = new List<string>();
        var definition = new WorkflowDefinition
        {
            Id = String(top, "id", "$") ?? "",
            DefinitionId = String(top, "definitionId", "$") ?? "",
            Name = String(top, "name", "$"),
            Description = String(top, "description", "$"),
            Version = Int(top, "version", "$") ?? 1,
            IsLatest = Bool(top, "isLatest", "$") ?? true,
            IsPublished = Bool(top, "isPublished", "$") ?? false,
            Variables = Array(top, "variables", "$").Select((v, i) => ReadVariable(v, $"$.variables[{i}]")).ToList(),
            Inputs = Array(top, "inputs", "$").Select((v, i) => ReadInput(v, $"$.inputs[{i}]")).ToList(),
            Outputs = Array(top, "outputs", "$").Select((v, i) => ReadOutput(v, $"$.outputs[{i}]")).ToList(),
            Outcomes = top["outcomes"] is JsonArray outcomes ? (JsonArray)outcomes.DeepClone() : [],
            CustomProperties = Object(top, "customProperties", "$") ?? [],
            Options = Object(top, "options", "$"),
        };

        // Without an id of its own, a file is the same definition each time it is read: named after the file when it has one.
        if (definition.DefinitionId.Length == 0)
            definition.DefinitionId = definition.Id.Length > 0 ? definition.Id : IdFromFileName(fileName) ?? Guid.NewGuid().ToString("N");
        if (definition.Id.Length == 0)
            definition.Id = $"{definition.DefinitionId}:v{definition.Version}";

        definition.Root = top["root"] switch
        {
            JsonObject root => ReadActivity(root, "$.root", parentNodeId: null, warnings),
            // Elsa 3 keeps a definition's activities under "root"; an object without one is not a definition.
            null => throw new DefinitionFormatException("$.root: a workflow definition needs a root activity (in Elsa 3, an Elsa.Flowchart holding its activities)"),
            _ => throw new DefinitionFormatException("$.root: must be an object"),
        };

        foreach (var (key, value) in top)
        {
            if (!TopLevelKeys.Contains(key))
                definition.Extra[key] = value?.DeepClone();
        }

        return new DefinitionReadResult(definition, warnings);
    }

    private static ActivityNode ReadActivity(JsonObject obj, string path, string? parentNodeId, List<string> warnings)
    {
        var type = String(obj, "type", path);
        if (string.IsNullOrWhiteSpace(type))
            throw new DefinitionFormatException($"{path}.type: an activity needs a type");

        var id = String(obj, "id", path);
        if (string.IsNullOrWhiteSpace(id))
            throw new DefinitionFormatException($"{path}.id: an activity needs an id");

        var node = new ActivityNode
        {
            Id = id,
            NodeId = String(obj, "nodeId", path),
            Name = String(obj, "name", path),
            Type = type,
            Version = Int(obj, "version", path) ?? 1,
            CustomProperties = Object(obj, "customProperties", path) ?? [],
            Metadata = Object(obj, "metadata", path) ?? [],
        };

        var isFlowchart = type == ActivityNode.FlowchartType || obj["activities"] is JsonArray;
        foreach (var (key, value) in obj)
        {
            if (ActivityKeys.Contains(key))
                continue;
            if (isFlowchart && key is "activities" or "connections")
                continue;
            node.Properties[key] = value?.DeepClone();
        }

        if (!isFlowchart)
            return node;

        var ownNodeId = node.NodeId ?? (parentNodeId is null ? node.Id : $"{parentNodeId}:{node.Id}");
        node.Activities = [];
        var children = obj["activities"] switch
        {
            JsonArray array => array,
            null => [],
            _ => throw new DefinitionFormatException($"{path}.activities: must be an array"),
        };
        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is not JsonObject child)
                throw new DefinitionFormatException($"{path}.activities[{i}]: must be an object");
            node.Activities.Add(ReadActivity(child, $"{path}.activities[{i}]", ownNodeId, warnings));
        }

        var ids = node.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        node.Connections = [];
        var connections = obj["connections"] switch
        {
            JsonArray array => array,
            null => [],
            _ => throw new DefinitionFormatException($"{path}.connections: must be an array"),
        };
        JsonArray? notFound = null;
        for (var i = 0; i < connections.Count; i++)
        {
            if (connections[i] is not JsonObject connectionJson)
                throw new DefinitionFormatException($"{path}.connections[{i}]: must be an object");
            var connection = ReadConnection(connectionJson, $"{path}.connections[{i}]");
            if (ids.Contains(connection.Source) && ids.Contains(connection.Target))
            {
                node.Connections.Add(connection);
                continue;
            }

            // Elsa keeps such a connection aside rather than failing the whole definition.
            var missing = ids.Contains(connection.Source) ? connection.Target : connection.Source;
            warnings.Add($"{path}.connections[{i}]: connection {connection} refers to missing activity '{missing}' and was set aside in customProperties.notFoundConnections");
            notFound ??= node.CustomProperties["notFoundConnections"] as JsonArray ?? [];
            notFound.Add(WorkflowDefinitionWriter.WriteConnection(connection));
        }
        if (notFound is not null)
            node.CustomProperties["notFoundConnections"] = notFound;

        return node;
    }

    private static Connection ReadConnection(JsonObject obj, string path)
    {
        var connection = new Connection();
        switch (obj["source"])
        {
            case JsonObject source:
                connection.Source = String(source, "activity", path + ".source") ?? "";
                connection.SourcePort = String(source, "port", path + ".source") ?? "Done";
                break;
            case JsonValue:
                // The older flat shape: {"source": "<id>", "sourcePort": "Done", ...}.
                connection.Source = String(obj, "source", path) ?? "";
                connection.SourcePort = String(obj, "sourcePort", path) ?? "Done";
                break;
            default:
                throw new DefinitionFormatException($"{path}.source: a connection needs a source");
        }
        switch (obj["target"])
        {
            case JsonObject target:
                connection.Target = String(target, "activity", path + ".target") ?? "";
                connection.TargetPort = String(target, "port", path + ".target") ?? "In";
                break;
            case JsonValue:
                connection.Target = String(obj, "target", path) ?? "";
                connection.TargetPort = String(obj, "targetPort", path) ?? "In";
                break;
            default:
                throw new DefinitionFormatException($"{path}.target: a connection needs a target");
        }
        if (connection.Source.Length == 0)
            throw new DefinitionFormatException($"{path}.source: the source activity id is empty");
        if (connection.Target.Length == 0)
            throw new DefinitionFormatException($"{path}.target: the target activity id is empty");
        connection.Vertices = obj["vertices"] is JsonArray vertices ? (JsonArray)vertices.DeepClone() : null;
        foreach (var (key, value) in obj)
        {
            if (key is not ("source" or "target" or "sourcePort" or "targetPort" or "vertices"))
                connection.Extra[key] = value?.DeepClone();
        }
        return connection;
    }

    private static VariableDefinition ReadVariable(JsonNode? node, string path)
    {
        if (node is not JsonObject obj)
            throw new DefinitionFormatException($"{path}: a variable must be an object");
        var variable = new VariableDefinition
        {
            Id = String(obj, "id", path) ?? "",
            Name = String(obj, "name", path) ?? "",
            TypeName = String(obj, "typeName", path) ?? "Object",
            IsArray = Bool(obj, "isArray", path) ?? false,
            Value = obj["value"]?.DeepClone(),
            StorageDriverTypeName = String(obj, "storageDriverTypeName", path),
        };
        if (variable.Id.Length == 0)
            variable.Id = variable.Name;
        if (variable.Name.Length == 0)
            throw new DefinitionFormatException($"{path}.name: a variable needs a name");
        foreach (var (key, value) in obj)
        {
            if (key is not ("id" or "name" or "typeName" or "isArray" or "value" or "storageDriverTypeName"))
                variable.Extra[key] = value?.DeepClone();
        }
        return variable;
    }

    private static InputDefinition ReadInput(JsonNode? node, string path)
    {
        if (node is not JsonObject obj)
            throw new DefinitionFormatException($"{path}: an input must be an object");
        var input = new InputDefinition
        {
            Name = String(obj, "name", path) ?? throw new DefinitionFormatException($"{path}.name: an input needs a name"),
            Type = String(obj, "type", path) ?? "Object",
            DisplayName = String(obj, "displayName", path),
            Description = String(obj, "description", path),
            DefaultValue = obj["defaultValue"]?.DeepClone(),
            IsRequired = Bool(obj, "isRequired", path) ?? false,
            UIHint = String(obj, "uiHint", path),
        };
        foreach (var (key, value) in obj)
        {
            if (key is not ("name" or "type" or "displayName" or "description" or "defaultValue" or "isRequired" or "uiHint"))
                input.Extra[key] = value?.DeepClone();
        }
        return input;
    }

    private static OutputDefinition ReadOutput(JsonNode? node, string path)
    {
        if (node is not JsonObject obj)
            throw new DefinitionFormatException($"{path}: an output must be an object");
        var output = new OutputDefinition
        {
            Name = String(obj, "name", path) ?? throw new DefinitionFormatException($"{path}.name: an output needs a name"),
            Type = String(obj, "type", path) ?? "Object",
            DisplayName = String(obj, "displayName", path),
            Description = String(obj, "description", path),
        };
        foreach (var (key, value) in obj)
        {
            if (key is not ("name" or "type" or "displayName" or "description"))
                output.Extra[key] = value?.DeepClone();
        }
        return output;
    }

    private static string? String(JsonObject obj, string key, string path) => obj[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        // Ids, names and types are strings in Elsa's files: 123 is refused rather than read as "123".
        _ => throw new DefinitionFormatException($"{path}.{key}: must be a string"),
    };

    private static int? Int(JsonObject obj, string key, string path) => obj[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<int>(out var i) => i,
        JsonValue value when value.TryGetValue<string>(out var s) && int.TryParse(s, out var i) => i,
        _ => throw new DefinitionFormatException($"{path}.{key}: must be an integer"),
    };

    private static bool? Bool(JsonObject obj, string key, string path) => obj[key] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<bool>(out var b) => b,
        JsonValue value when value.TryGetValue<string>(out var s) && bool.TryParse(s, out var b) => b,
        _ => throw new DefinitionFormatException($"{path}.{key}: must be true or false"),
    };

    private static JsonObject? Object(JsonObject obj, string key, string path) => obj[key] switch
    {
        null => null,
        JsonObject value => (JsonObject)value.DeepClone(),
        _ => throw new DefinitionFormatException($"{path}.{key}: must be an object"),
    };

    private static IEnumerable<JsonNode?> Array(JsonObject obj, string key, string path) => obj[key] switch
    {
        null => [],
        JsonArray array => array,
        _ => throw new DefinitionFormatException($"{path}.{key}: must be an array"),
    };

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

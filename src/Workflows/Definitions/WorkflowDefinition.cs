using System.Text.Json.Nodes;

namespace Supervision.Workflows.Definitions;

/// <summary>
/// One version of a workflow definition in the Elsa 3 shape. Keys the engine does not model are kept in
/// <see cref="Extra"/> so a definition read and written again is unchanged.
/// </summary>
public sealed class WorkflowDefinition
{
    public const string SchemaUrl = "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json";

    /// <summary>The version id.</summary>
    public string Id { get; set; } = "";

    /// <summary>Stable across versions.</summary>
    public string DefinitionId { get; set; } = "";

    public string? Name { get; set; }

    /// <summary>
    /// The name in English, for readers of the English interface: <c>customProperties.nameEn</c> (Elsa 3 definitions
    /// have one name; <see cref="Name"/> is the Vietnamese one). Null when not given.
    /// </summary>
    public string? NameEn => CustomText("nameEn");

    /// <summary>The description in English (<c>customProperties.descriptionEn</c>); <see cref="Description"/> is the Vietnamese one.</summary>
    public string? DescriptionEn => CustomText("descriptionEn");

    private string? CustomText(string key) =>
        CustomProperties[key] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    public string? Description { get; set; }
    public int Version { get; set; } = 1;
    public bool IsLatest { get; set; } = true;
    public bool IsPublished { get; set; }
    public List<VariableDefinition> Variables { get; set; } = [];
    public List<InputDefinition> Inputs { get; set; } = [];
    public List<OutputDefinition> Outputs { get; set; } = [];
    public JsonArray Outcomes { get; set; } = [];
    public JsonObject CustomProperties { get; set; } = [];
    public JsonObject? Options { get; set; }
    public ActivityNode Root { get; set; } = ActivityNode.EmptyFlowchart("Flowchart1");

    /// <summary>Top-level keys not modelled here (for example <c>createdAt</c>, <c>toolVersion</c>).</summary>
    public JsonObject Extra { get; set; } = [];

    /// <summary>Every activity in the definition, depth first, the root included.</summary>
    public IEnumerable<ActivityNode> AllActivities() => Root.DescendantsAndSelf();
}

/// <summary>A workflow or flowchart variable.</summary>
public sealed class VariableDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string TypeName { get; set; } = "Object";
    public bool IsArray { get; set; }

    /// <summary>The initial value as written (a string in Elsa files, but any JSON is accepted).</summary>
    public JsonNode? Value { get; set; }

    public string? StorageDriverTypeName { get; set; }
    public JsonObject Extra { get; set; } = [];
}

/// <summary>A declared workflow input.</summary>
public sealed class InputDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Object";
    public string? DisplayName { get; set; }
    public string? Description { get; set; }

    /// <summary>The default used when the caller gives none (our extension; Elsa ignores it).</summary>
    public JsonNode? DefaultValue { get; set; }

    public bool IsRequired { get; set; }

    /// <summary>
    /// Elsa's <c>uiHint</c>: the editor a value is entered with. Some hints also say what the workflow makes of the
    /// value, and a start checks it against them (<see cref="Execution.WorkflowInputs"/>).
    /// </summary>
    public string? UIHint { get; set; }

    public JsonObject Extra { get; set; } = [];
}

/// <summary>A declared workflow output.</summary>
public sealed class OutputDefinition
{
    public string Name { get; set; } = "";
    public string Type { get; set; } = "Object";
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public JsonObject Extra { get; set; } = [];
}

/// <summary>
/// An activity as written in a definition. Inputs and outputs stay as the JSON written in
/// <see cref="Properties"/> (camelCase input name → value); the compiler interprets them against the
/// activity's descriptor.
/// </summary>
public sealed class ActivityNode
{
    public const string FlowchartType = "Elsa.Flowchart";

    public string Id { get; set; } = "";
    public string? NodeId { get; set; }
    public string? Name { get; set; }
    public string Type { get; set; } = "";
    public int Version { get; set; } = 1;
    public JsonObject CustomProperties { get; set; } = [];
    public JsonObject Metadata { get; set; } = [];

    /// <summary>Inputs, outputs and any other keys, in the order written.</summary>
    public JsonObject Properties { get; set; } = [];

    /// <summary>Children, for a flowchart; null for other activities.</summary>
    public List<ActivityNode>? Activities { get; set; }

    /// <summary>Connections, for a flowchart; null for other activities.</summary>
    public List<Connection>? Connections { get; set; }

    /// <summary>The flowchart's explicit start activity id, when the file names one (<c>start</c>: an id or <c>{"id": ...}</c>).</summary>
    public string? Start => Properties["start"] switch
    {
        JsonValue value when value.TryGetValue<string>(out var id) && id.Length > 0 => id,
        JsonObject obj when obj["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) => id,
        _ => null,
    };

    public bool IsFlowchart => Activities is not null;

    /// <summary><c>customProperties.canStartWorkflow</c>, or the older top-level flag.</summary>
    public bool CanStartWorkflow =>
        ReadFlag(CustomProperties, "canStartWorkflow") ?? ReadFlag(CustomProperties, "CanStartWorkflow") ?? ReadFlag(Properties, "canStartWorkflow") ?? false;

    /// <summary><c>customProperties.mergeMode</c> when set.</summary>
    public string? MergeMode =>
        CustomProperties.TryGetPropertyValue("mergeMode", out var value) && value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    public IEnumerable<ActivityNode> DescendantsAndSelf()
    {
        yield return this;
        if (Activities is null)
            yield break;
        foreach (var child in Activities)
        foreach (var node in child.DescendantsAndSelf())
            yield return node;
    }

    public static ActivityNode EmptyFlowchart(string id) => new()
    {
        Id = id,
        NodeId = id,
        Name = id,
        Type = FlowchartType,
        Activities = [],
        Connections = [],
    };

    internal static bool? ReadFlag(JsonObject obj, string key)
    {
        if (!obj.TryGetPropertyValue(key, out var node) || node is not JsonValue value)
            return null;
        if (value.TryGetValue<bool>(out var b))
            return b;
        if (value.TryGetValue<string>(out var s) && bool.TryParse(s, out b))
            return b;
        return null;
    }
}

/// <summary>A connection from an outcome port of one activity to an input port of another.</summary>
public sealed class Connection
{
    public string Source { get; set; } = "";
    public string SourcePort { get; set; } = "Done";
    public string Target { get; set; } = "";
    public string TargetPort { get; set; } = "In";
    public JsonArray? Vertices { get; set; }
    public JsonObject Extra { get; set; } = [];

    public override string ToString() => $"{Source}.{SourcePort} → {Target}.{TargetPort}";
}

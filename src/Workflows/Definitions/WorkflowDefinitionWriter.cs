using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervision.Workflows.Definitions;

/// <summary>Writes a definition as Elsa 3 workflow-definition JSON, <c>$schema</c> first.</summary>
public static class WorkflowDefinitionWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Vietnamese names stay readable in the files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(WorkflowDefinition definition) => ToJson(definition).ToJsonString(Indented);

    public static JsonObject ToJson(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var json = new JsonObject
        {
            ["$schema"] = WorkflowDefinition.SchemaUrl,
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
            ["name"] = definition.Name,
            ["description"] = definition.Description,
            ["version"] = definition.Version,
            ["isLatest"] = definition.IsLatest,
            ["isPublished"] = definition.IsPublished,
            ["variables"] = new JsonArray([.. definition.Variables.Select(WriteVariable)]),
            ["inputs"] = new JsonArray([.. definition.Inputs.Select(WriteInput)]),
            ["outputs"] = new JsonArray([.. definition.Outputs.Select(WriteOutput)]),
            ["outcomes"] = definition.Outcomes.DeepClone(),
            ["customProperties"] = definition.CustomProperties.DeepClone(),
        };
        if (definition.Options is not null)
            json["options"] = definition.Options.DeepClone();
        json["root"] = WriteActivity(definition.Root);
        CopyExtra(definition.Extra, json);
        return json;
    }

    public static JsonObject WriteActivity(ActivityNode node)
    {
        var json = new JsonObject
        {
            ["id"] = node.Id,
        };
        if (node.NodeId is not null)
            json["nodeId"] = node.NodeId;
        if (node.Name is not null)
            json["name"] = node.Name;
        json["type"] = node.Type;
        json["version"] = node.Version;
        json["customProperties"] = node.CustomProperties.DeepClone();
        json["metadata"] = node.Metadata.DeepClone();
        foreach (var (key, value) in node.Properties)
            json[key] = value?.DeepClone();
        if (node.Activities is not null)
            json["activities"] = new JsonArray([.. node.Activities.Select(WriteActivity)]);
        if (node.Connections is not null)
            json["connections"] = new JsonArray([.. node.Connections.Select(WriteConnection)]);
        return json;
    }

    public static JsonObject WriteConnection(Connection connection)
    {
        var json = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = connection.Source, ["port"] = connection.SourcePort },
            ["target"] = new JsonObject { ["activity"] = connection.Target, ["port"] = connection.TargetPort },
        };
        if (connection.Vertices is not null)
            json["vertices"] = connection.Vertices.DeepClone();
        CopyExtra(connection.Extra, json);
        return json;
    }

    private static JsonObject WriteVariable(VariableDefinition variable)
    {
        var json = new JsonObject
        {
            ["id"] = variable.Id,
            ["name"] = variable.Name,
            ["typeName"] = variable.TypeName,
            ["isArray"] = variable.IsArray,
            ["value"] = variable.Value?.DeepClone(),
        };
        if (variable.StorageDriverTypeName is not null)
            json["storageDriverTypeName"] = variable.StorageDriverTypeName;
        CopyExtra(variable.Extra, json);
        return json;
    }

    private static JsonObject WriteInput(InputDefinition input)
    {
        var json = new JsonObject
        {
            ["name"] = input.Name,
            ["type"] = input.Type,
            ["displayName"] = input.DisplayName,
            ["description"] = input.Description,
        };
        if (input.DefaultValue is not null)
            json["defaultValue"] = input.DefaultValue.DeepClone();
        if (input.IsRequired)
            json["isRequired"] = true;
        if (input.UIHint is not null)
            json["uiHint"] = input.UIHint;
        CopyExtra(input.Extra, json);
        return json;
    }

    private static JsonObject WriteOutput(OutputDefinition output)
    {
        var json = new JsonObject
        {
            ["name"] = output.Name,
            ["type"] = output.Type,
            ["displayName"] = output.DisplayName,
            ["description"] = output.Description,
        };
        CopyExtra(output.Extra, json);
        return json;
    }

    private static void CopyExtra(JsonObject extra, JsonObject target)
    {
        foreach (var (key, value) in extra)
            target[key] = value?.DeepClone();
    }
}

using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Supervision.Workflows.Activities;

/// <summary>A text in both UI languages.</summary>
public sealed record LocalizedText(string Vi, string En);

/// <summary>One input as the palette, the property panel and validation see it.</summary>
public sealed record InputDescriptor(
    string Name,
    string TypeName,
    [property: JsonIgnore] Type ValueType,
    LocalizedText DisplayName,
    LocalizedText Description,
    JsonNode? DefaultValue,
    bool IsRequired,
    string UIHint,
    IReadOnlyList<string>? Options,
    bool AllowExpressions,
    [property: JsonIgnore] bool Raw);

/// <summary>One output of an activity.</summary>
public sealed record OutputDescriptor(
    string Name,
    string TypeName,
    [property: JsonIgnore] Type ValueType,
    LocalizedText DisplayName);

/// <summary>Everything known about an activity type, built once from its class.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    int Version,
    string Category,
    LocalizedText DisplayName,
    LocalizedText Description,
    ActivityKind Kind,
    bool IsBlocking,
    bool CanStartWorkflow,
    IReadOnlyList<string> Outcomes,
    bool HasDynamicOutcomes,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    string Icon)
{
    public InputDescriptor? FindInput(string name) =>
        Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
}

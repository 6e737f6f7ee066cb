using System.Text.Json.Nodes;

namespace Supervision.Workflows.Activities;

/// <summary>A typed handle to one input of an activity; the registry names it after the property.</summary>
public sealed class Input<T>(string name) : IInputHandle
{
    public string Name { get; } = name;
    public Type ValueType => typeof(T);
    public override string ToString() => Name;
}

/// <summary>A typed handle to one output of an activity.</summary>
public sealed class Output<T>(string name) : IOutputHandle
{
    public string Name { get; } = name;
    public Type ValueType => typeof(T);
    public override string ToString() => Name;
}

public interface IInputHandle
{
    string Name { get; }
    Type ValueType { get; }
}

public interface IOutputHandle
{
    string Name { get; }
    Type ValueType { get; }
}

/// <summary>Well-known port names.</summary>
public static class PortNames
{
    public const string Done = "Done";
    public const string In = "In";
    public const string True = "True";
    public const string False = "False";
    public const string Default = "Default";
}

/// <summary>Helpers to read literal input JSON (the value as written in the file), used for dynamic ports.</summary>
public static class LiteralInputs
{
    /// <summary>The literal value written for an input: the bare value, or <c>expression.value</c> of a Literal/Object expression.</summary>
    public static JsonNode? Read(Definitions.ActivityNode node, string inputName)
    {
        var written = node.Properties[inputName] ?? node.Properties[char.ToUpperInvariant(inputName[0]) + inputName[1..]];
        if (written is JsonObject obj && obj["expression"] is JsonObject expression)
        {
            var type = expression["type"]?.GetValue<string>();
            return type is null or "Literal" or "Object" ? expression["value"] : null;
        }
        return written;
    }
}

namespace Supervision.Workflows.Expressions;

/// <summary>The expression types a definition may use for an input.</summary>
public enum ExpressionKind
{
    /// <summary>No value written: the descriptor's default applies.</summary>
    None,
    Literal,
    Object,
    Variable,
    JavaScript,
}

/// <summary>An input's written value, split into kind and text/JSON.</summary>
public readonly record struct WrittenExpression(ExpressionKind Kind, System.Text.Json.Nodes.JsonNode? Value)
{
    /// <summary>Reads <c>{"typeName": ..., "expression": {"type": ..., "value": ...}}</c> or a bare literal.</summary>
    public static WrittenExpression From(System.Text.Json.Nodes.JsonNode? written)
    {
        if (written is null)
            return new(ExpressionKind.None, null);
        if (written is System.Text.Json.Nodes.JsonObject obj && obj.ContainsKey("expression"))
        {
            if (obj["expression"] is not System.Text.Json.Nodes.JsonObject expression)
                return new(ExpressionKind.None, null);
            var type = expression["type"] is System.Text.Json.Nodes.JsonValue t && t.TryGetValue<string>(out var s) ? s : "Literal";
            var kind = type switch
            {
                "JavaScript" or "Javascript" or "js" => ExpressionKind.JavaScript,
                "Variable" => ExpressionKind.Variable,
                "Object" or "Json" or "JSON" => ExpressionKind.Object,
                "Literal" => ExpressionKind.Literal,
                _ => (ExpressionKind)(-1),
            };
            return new(kind, expression["value"]);
        }
        return new(ExpressionKind.Literal, written);
    }

    /// <summary>The raw expression type written, for messages about unsupported ones.</summary>
    public static string? TypeWritten(System.Text.Json.Nodes.JsonNode? written) =>
        written is System.Text.Json.Nodes.JsonObject { } obj && obj["expression"] is System.Text.Json.Nodes.JsonObject expression && expression["type"] is System.Text.Json.Nodes.JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
}

using System.Text.Json.Nodes;

namespace Supervision.Workflows.Definitions;

/// <summary>
/// Maps the short type aliases used in Elsa 3 definition JSON (<c>String</c>, <c>Int32</c>, ...) and
/// assembly-qualified names to the CLR types the engine works with.
/// </summary>
public static class TypeNames
{
    private static readonly Dictionary<string, Type> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["String"] = typeof(string),
        ["Boolean"] = typeof(bool),
        ["Int32"] = typeof(int),
        ["Int64"] = typeof(long),
        ["Double"] = typeof(double),
        ["Single"] = typeof(float),
        ["Decimal"] = typeof(decimal),
        ["Object"] = typeof(object),
        ["JSON"] = typeof(JsonNode),
        ["TimeSpan"] = typeof(TimeSpan),
        ["DateTime"] = typeof(DateTime),
        ["DateTimeOffset"] = typeof(DateTimeOffset),
        ["DateOnly"] = typeof(DateOnly),
        ["Guid"] = typeof(Guid),
        ["String[]"] = typeof(string[]),
        ["Object[]"] = typeof(object[]),
    };

    private static readonly Dictionary<Type, string> Reverse = Aliases
        .GroupBy(pair => pair.Value)
        .ToDictionary(group => group.Key, group => group.First().Key);

    /// <summary>Resolves an alias or an assembly-qualified name; unknown names resolve to <see cref="object"/>.</summary>
    public static Type Resolve(string? typeName)
    {
        if (string.IsNullOrWhiteSpace(typeName))
            return typeof(object);
        if (Aliases.TryGetValue(typeName, out var type))
            return type;

        // "System.String, System.Private.CoreLib" or "System.Collections.Generic.List`1[[...]]":
        // only the BCL's simple types matter to us; the rest is carried as JSON.
        var fullName = typeName.Split(',')[0].Trim();
        if (fullName.StartsWith("System.", StringComparison.Ordinal))
        {
            var shortName = fullName["System.".Length..];
            if (Aliases.TryGetValue(shortName, out type))
                return type;
            if (shortName.StartsWith("Text.Json.Nodes.", StringComparison.Ordinal) || shortName.StartsWith("Text.Json.JsonElement", StringComparison.Ordinal))
                return typeof(JsonNode);
        }
        return typeof(object);
    }

    /// <summary>True when the name is a known alias or a resolvable BCL name.</summary>
    public static bool IsKnown(string? typeName) =>
        !string.IsNullOrWhiteSpace(typeName) && (Aliases.ContainsKey(typeName) || Resolve(typeName) != typeof(object) || typeName.StartsWith("System.Object", StringComparison.Ordinal));

    /// <summary>The alias written for a CLR type.</summary>
    public static string AliasOf(Type type) => Reverse.TryGetValue(Nullable.GetUnderlyingType(type) ?? type, out var alias) ? alias : "Object";
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Supervision.Workflows.Expressions;

/// <summary>Converts values between JSON, script results and the CLR types inputs and variables declare.</summary>
public static class ValueConverter
{
    public static T? To<T>(object? value) => value is T typed ? typed : (T?)To(value, typeof(T));

    public static object? To(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case null:
                return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
            case JsonValue jsonValue:
                value = Unwrap(jsonValue);
                if (value is null)
                    return To(null, type);
                break;
        }

        if (target == typeof(object))
            return value;
        if (target.IsInstanceOfType(value))
            return value;
        if (target == typeof(JsonNode))
            return value is string s ? ParseJsonOrString(s) : JsonSerializer.SerializeToNode(ToPlain(value));
        if (target == typeof(string))
            return value switch
            {
                JsonNode node => node.ToJsonString(),
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        if (target == typeof(string[]))
            return ToStringArray(value);
        if (target == typeof(object[]))
            return value switch
            {
                JsonArray array => array.Select(ToPlain).ToArray(),
                string s when s.TrimStart().StartsWith('[') => ((JsonArray)JsonNode.Parse(s)!).Select(ToPlain).ToArray(),
                System.Collections.IEnumerable items and not string => items.Cast<object?>().ToArray(),
                _ => [value],
            };

        if (value is string text)
            return Parse(text, target);
        if (target == typeof(bool))
            return value is double d ? d != 0 : Convert.ToBoolean(value, CultureInfo.InvariantCulture);
        if (target == typeof(TimeSpan) && value is IConvertible numberOfMs)
            return TimeSpan.FromMilliseconds(Convert.ToDouble(numberOfMs, CultureInfo.InvariantCulture));
        if (target == typeof(DateTimeOffset) && value is DateTime dateTime)
            return new DateTimeOffset(dateTime);
        if (target == typeof(DateTime) && value is DateTimeOffset offset)
            return offset.UtcDateTime;
        if (target.IsEnum)
            return Enum.Parse(target, value.ToString()!, ignoreCase: true);
        if (value is JsonNode json)
            return json.Deserialize(target);
        if (value is IConvertible)
            return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {target.Name}.");
    }

    /// <summary>Parses text written in a definition or given as input into the target type.</summary>
    public static object? Parse(string text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || target == typeof(object))
            return text;
        if (text.Length == 0)
            return To(null, type);
        if (target == typeof(bool))
            return bool.Parse(text.Trim());
        if (target == typeof(int))
            return int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        if (target == typeof(long))
            return long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        if (target == typeof(double))
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (target == typeof(float))
            return float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (target == typeof(decimal))
            return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (target == typeof(TimeSpan))
            return ParseTimeSpan(text);
        if (target == typeof(DateTimeOffset))
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (target == typeof(DateTime))
            return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        if (target == typeof(DateOnly))
            return DateOnly.Parse(text, CultureInfo.InvariantCulture);
        if (target == typeof(Guid))
            return Guid.Parse(text);
        if (target == typeof(JsonNode))
            return ParseJsonOrString(text);
        if (target == typeof(string[]))
            return ToStringArray(text);
        if (target.IsEnum)
            return Enum.Parse(target, text, ignoreCase: true);
        return JsonSerializer.Deserialize(text, target);
    }

    /// <summary>Accepts <c>hh:mm:ss</c>, <c>d.hh:mm:ss</c> and ISO 8601 durations (<c>PT5S</c>).</summary>
    public static TimeSpan ParseTimeSpan(string text)
    {
        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal))
            return XmlConvert.ToTimeSpan(text);
        return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>A JSON value as a plain CLR value: string, bool, double, long, or the node itself for objects and arrays.</summary>
    public static object? Unwrap(JsonValue value)
    {
        var element = value.GetValueKind();
        return element switch
        {
            JsonValueKind.String => value.TryGetValue<string>(out var s) ? s : value.ToString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.Number => value.TryGetValue<long>(out var l) ? l : value.TryGetValue<int>(out var i) ? i : value.TryGetValue<double>(out var d) ? d : value.GetValue<decimal>(),
            _ => value.TryGetValue<object>(out var o) ? o : null,
        };
    }

    /// <summary>Converts a JSON node to plain CLR values (dictionaries, lists, primitives) for scripts.</summary>
    public static object? ToPlain(object? value) => value switch
    {
        null => null,
        JsonValue v => Unwrap(v),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        _ => value,
    };

    /// <summary>Converts a value to JSON for storage, keeping strings for types JSON has no literal for.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        TimeSpan span => JsonValue.Create(span.ToString("c", CultureInfo.InvariantCulture)),
        DateTimeOffset at => JsonValue.Create(at.ToString("O", CultureInfo.InvariantCulture)),
        DateTime at => JsonValue.Create(at.ToString("O", CultureInfo.InvariantCulture)),
        DateOnly day => JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };

    private static JsonNode? ParseJsonOrString(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length > 0 && (trimmed[0] is '{' or '[' or '"' || char.IsDigit(trimmed[0]) || trimmed is "true" or "false" or "null"))
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON after all: keep the text as a string value.
            }
        }
        return JsonValue.Create(text);
    }

    private static string[] ToStringArray(object value) => value switch
    {
        string s when s.TrimStart().StartsWith('[') => ((JsonArray)JsonNode.Parse(s)!).Select(n => n is JsonValue v ? Unwrap(v)?.ToString() ?? "" : n?.ToJsonString() ?? "").ToArray(),
        string s => s.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        JsonArray array => array.Select(n => n is JsonValue v ? Unwrap(v)?.ToString() ?? "" : n?.ToJsonString() ?? "").ToArray(),
        System.Collections.IEnumerable items => items.Cast<object?>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "").ToArray(),
        _ => [Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""],
    };
}

using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;

namespace Supervision.Api.Infrastructure;

/// <summary>
/// What a value the request could not be bound to should have looked like, in words a person reads ("a date written
/// yyyy-MM-dd", "a whole number"), never a .NET type name. The type is found from the endpoint: the handler's
/// parameter of that name (or a property of an <c>[AsParameters]</c> one) for a query or route value, and the JSON
/// path walked through the body's type for a body.
/// </summary>
internal static class ExpectedValues
{
    public const string Unknown = "The value does not have the expected type or shape.";

    /// <summary>The reason a query or route value named <paramref name="name"/> was refused, quoting the value sent.</summary>
    public static string ForParameter(Endpoint? endpoint, string name, string value) =>
        ParameterType(endpoint, name) is { } type && Form(type) is { } form ? $"'{value}' is not {form}." : $"'{value}' does not have the expected type or shape.";

    /// <summary>The reason the body's value at a JSON path (<c>$.roles</c>, <c>$.items[0].dueOn</c>) was refused.</summary>
    public static string ForBodyPath(Endpoint? endpoint, string path) =>
        BodyType(endpoint, path) is { } type && Form(type) is { } form ? $"The value must be {form}." : Unknown;

    private static Type? ParameterType(Endpoint? endpoint, string name)
    {
        var handler = endpoint?.Metadata.GetMetadata<MethodInfo>();
        if (handler is null)
            return null;
        foreach (var parameter in handler.GetParameters())
        {
            if (string.Equals(parameter.Name, name, StringComparison.OrdinalIgnoreCase))
                return parameter.ParameterType;
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null && Member(parameter.ParameterType, name) is { } member)
                return member;
        }
        return null;
    }

    private static Type? BodyType(Endpoint? endpoint, string path)
    {
        var type = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        if (type is null)
            return null;
        foreach (var step in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = step.Split('[')[0];
            type = name.Length == 0 ? type : Member(type, name);
            if (type is null)
                return null;
            for (var index = step.IndexOf('[', StringComparison.Ordinal); index >= 0 && type is not null; index = step.IndexOf('[', index + 1))
                type = ElementOf(type);
            if (type is null)
                return null;
        }
        return type;
    }

    // The form a value of the type is written in, as the translation table words it; null when there is no telling.
    private static string? Form(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
            return $"one of {string.Join(", ", Enum.GetNames(type))}";
        if (type == typeof(string))
            return "a text";
        if (type == typeof(bool))
            return "true or false";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
            return "a whole number";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            return "a number";
        if (type == typeof(DateOnly))
            return "a date written yyyy-MM-dd, e.g. 2026-06-10";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            return "a date-time in ISO 8601, e.g. 2026-06-10T08:00:00+07:00";
        if (type == typeof(TimeOnly))
            return "a time written HH:mm, e.g. 08:00";
        if (type == typeof(Guid))
            return "an id written as a GUID";
        if (type == typeof(JsonArray) || ElementOf(type) is { } element && element != typeof(char))
            return ElementOf(type) == typeof(string) ? "a list of texts" : "a list";
        if (ValueOf(type) is not null || type.IsClass)
            return "an object";
        return null;
    }

    // A property or constructor parameter, by its name in any case (JSON and query names are camelCase); a dictionary's values.
    private static Type? Member(Type type, string name) =>
        ValueOf(type) ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType
        ?? type.GetConstructors().SelectMany(c => c.GetParameters()).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType;

    private static Type? ElementOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || ValueOf(type) is not null)
            return null;
        if (type.IsArray)
            return type.GetElementType();
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0] ?? typeof(object);
    }

    // The value type of a dictionary (a JSON object of any keys), null for any other type.
    private static Type? ValueOf(Type type)
    {
        var pairs = new[] { type }.Concat(type.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)
                && i.GetGenericArguments()[0] is { IsGenericType: true } pair && pair.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));
        return pairs?.GetGenericArguments()[0].GetGenericArguments()[1];
    }
}

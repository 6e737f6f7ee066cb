namespace Supervision.Api.Features.Common;

/// <summary>A query parameter naming one or more members of an enum, comma-separated and in any case ("Closed,remediation").</summary>
public static class EnumFilter
{
    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>True when the parameter is absent or every name in it is a member.</summary>
    public static bool IsValid<T>(string? text)
        where T : struct, Enum => Split(text).All(name => Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) && !IsNumber(name));

    /// <summary>The members named, or null when the parameter is absent (no filter).</summary>
    public static List<T>? Parse<T>(string? text)
        where T : struct, Enum
    {
        var names = Split(text);
        return names.Length == 0 ? null : names.Select(name => Enum.Parse<T>(name, ignoreCase: true)).Distinct().ToList();
    }

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Enum.TryParse reads "2" as a member too; a filter names members by name only.
    private static bool IsNumber(string name) => name.Length > 0 && (char.IsAsciiDigit(name[0]) || name[0] is '-' or '+');
}

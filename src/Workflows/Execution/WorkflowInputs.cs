using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Domain.Inspections;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Expressions;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Execution;

/// <summary>
/// The input a caller may start a workflow with, by the inputs its definition declares (Elsa's <c>inputs</c>): only
/// declared names; each value of the JSON type its declared type takes; and, where an input's <c>uiHint</c> says what
/// the workflow makes of the value, one the engine can use, checked by the same code that uses it later. A value that
/// would only fail weeks later, when a step reaches it, is refused before anything is stored.
/// </summary>
/// <remarks>
/// The hints (Elsa leaves their vocabulary open): <see cref="DeadlineRuleHint"/> a deadline rule
/// (<c>WorkingDays:10</c>); <see cref="DayOfYearHint"/> the <c>MM-dd</c> of a <c>FixedDate:</c> rule (in a workflow that
/// also takes a year, that day of that year, which must not have passed);
/// <see cref="DateHint"/> a date written <c>yyyy-MM-dd</c>; <see cref="UnitQueryHint"/> a unit query that names at
/// least one unit today; <see cref="UnitListHint"/> a list of unit ids, each of a unit open today;
/// <see cref="InspectionKindHint"/> the kind of an inspection or supervision (<see cref="InspectionKind"/>, as the
/// <c>Supervision.Inspect</c> step takes it); <see cref="YearHint"/> a year the work calendar covers. Any other hint
/// only names an editor.
/// </remarks>
public static class WorkflowInputs
{
    public const string DeadlineRuleHint = "deadlinerule";
    public const string DayOfYearHint = "dayofyear";
    public const string DateHint = "date";
    public const string UnitQueryHint = "unitquery";
    public const string YearHint = "year";
    public const string UnitListHint = "unitlist";
    public const string InspectionKindHint = "inspectionkind";

    /// <summary>
    /// Every problem of the given input, by input name (as given, for a name the definition does not declare); empty
    /// when the workflow can start with it. A declared input that is not given is checked with its default.
    /// </summary>
    /// <param name="definition">The definition to start.</param>
    /// <param name="given">The input as the caller sent it: JSON values, or plain values that convert to JSON.</param>
    /// <param name="directory">The organisation the workflow's unit queries are resolved in.</param>
    /// <param name="today">The day (Hà Nội) unit queries are resolved on.</param>
    public static IReadOnlyDictionary<string, string[]> Problems(WorkflowDefinition definition, IReadOnlyDictionary<string, object?>? given,
        IOrgDirectory directory, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(directory);
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        given ??= new Dictionary<string, object?>();
        var declared = definition.Inputs.Select(i => i.Name).ToList();
        foreach (var name in given.Keys.Where(k => !declared.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            problems[name] = [declared.Count == 0
                ? $"Input '{name}' is not declared: this workflow takes no input."
                : $"Input '{name}' is not declared; this workflow takes {string.Join(", ", declared)}."];
        }

        var values = new Dictionary<InputDefinition, object?>();
        foreach (var input in definition.Inputs)
        {
            // Names bind case-insensitively, as the executor binds them.
            var key = given.Keys.FirstOrDefault(k => string.Equals(k, input.Name, StringComparison.OrdinalIgnoreCase));
            string? problem = null;
            if (key is not null)
            {
                var value = ValueConverter.ToJson(given[key]);
                problem = KindProblem(input, value);
                if (problem is null)
                {
                    values[input] = ToValue(value, TypeNames.Resolve(input.Type));
                    problem = HintProblem(input, values[input], directory, today);
                }
            }
            else if (input.DefaultValue is not null)
            {
                // A default is written the Elsa way (a TimeSpan or a list as a string, say): only what it holds is checked.
                if (TryToValue(input, input.DefaultValue, out var value))
                {
                    values[input] = value;
                    problem = HintProblem(input, value, directory, today);
                }
            }
            else
            {
                problem = input.IsRequired ? $"Input '{input.Name}' is required." : null;
            }
            if (problem is not null)
                problems[input.Name] = [problem];
        }
        foreach (var (name, problem) in PassedDaysOfYear(definition, values, problems, today))
            problems[name] = [problem];
        return problems;
    }

    /// <summary>
    /// In a workflow that takes a year (<see cref="YearHint"/>), each day of the year is that day of that year (the
    /// workflow writes <c>FixedDate:yyyy-MM-dd</c>): one already past when the workflow starts would make its step
    /// overdue the day it opens, so it is refused, naming the date it would be.
    /// </summary>
    private static IEnumerable<(string Name, string Problem)> PassedDaysOfYear(WorkflowDefinition definition, Dictionary<InputDefinition, object?> values,
        Dictionary<string, string[]> problems, DateOnly today)
    {
        var yearInput = definition.Inputs.FirstOrDefault(i => string.Equals(i.UIHint, YearHint, StringComparison.OrdinalIgnoreCase));
        if (yearInput is null || problems.ContainsKey(yearInput.Name) || !values.TryGetValue(yearInput, out var yearValue)
            || !int.TryParse(Text(yearValue), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
            yield break;
        foreach (var input in definition.Inputs.Where(i => string.Equals(i.UIHint, DayOfYearHint, StringComparison.OrdinalIgnoreCase)))
        {
            if (problems.ContainsKey(input.Name) || !values.TryGetValue(input, out var value)
                || !DeadlineRule.TryParse($"{nameof(DeadlineBasis.FixedDate)}:{Text(value)}", out var rule))
                continue;
            var date = new DateOnly(year, rule.Month, Math.Min(rule.Day, DateTime.DaysInMonth(year, rule.Month)));
            if (date < today)
                yield return (input.Name, $"In {year}, {Text(value)} is {date:yyyy-MM-dd}, which has passed: choose a later day, or a later year.");
        }
    }

    private static string Text(object? value) =>
        value as string ?? (value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString()) ?? "";

    /// <summary>
    /// What is wrong with an input's default, by its hint, as far as the definition alone can tell: a deadline rule,
    /// day of the year, date or year that every start without the input would be refused for. A unit query's default
    /// is resolved against the organisation when an instance starts, not here.
    /// </summary>
    public static string? DefaultProblem(InputDefinition input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.DefaultValue is not null && TryToValue(input, input.DefaultValue, out var value)
            ? HintProblem(input, value, directory: null, today: default)
            : null;
    }

    /// <summary>
    /// A given or default value as the declared type's CLR value: text parses (a definition writes a TimeSpan or a
    /// list as a string), anything else converts.
    /// </summary>
    /// <exception cref="FormatException">and the other conversion exceptions: the value is not one of the type.</exception>
    public static object? ToValue(object? value, Type type) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? ValueConverter.Parse(text, type)
        : value is string s ? ValueConverter.Parse(s, type)
        : ValueConverter.To(value, type);

    private static bool TryToValue(InputDefinition input, JsonNode? value, out object? converted)
    {
        try
        {
            converted = ToValue(value, TypeNames.Resolve(input.Type));
            return true;
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or JsonException or ArgumentException)
        {
            converted = null;
            return false;
        }
    }

    /// <summary>Whether the value is of the JSON type the input's declared type takes, and converts to it; a problem when not.</summary>
    private static string? KindProblem(InputDefinition input, JsonNode? value)
    {
        var type = TypeNames.Resolve(input.Type);
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var (fits, problem) = type switch
        {
            _ when type == typeof(object) || type == typeof(JsonNode) => (true, null),
            _ when type == typeof(string) => (kind == JsonValueKind.String, $"Input '{input.Name}' takes text."),
            _ when type == typeof(bool) => (kind is JsonValueKind.True or JsonValueKind.False, $"Input '{input.Name}' takes true or false."),
            _ when type == typeof(int) || type == typeof(long) => (kind == JsonValueKind.Number
                && long.TryParse(value!.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                $"Input '{input.Name}' takes a whole number ({input.Type})."),
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => (kind == JsonValueKind.Number, $"Input '{input.Name}' takes a number ({input.Type})."),
            _ when type == typeof(string[]) => (value is JsonArray texts && texts.All(t => t?.GetValueKind() == JsonValueKind.String), $"Input '{input.Name}' takes a list of texts."),
            _ when type == typeof(object[]) => (value is JsonArray, $"Input '{input.Name}' takes a list."),
            // Dates, times, durations and ids: JSON has no literal for them, so they come as text the engine parses.
            _ => (kind == JsonValueKind.String, $"Input '{input.Name}' takes a {input.Type} written as text, e.g. {Example(type)}."),
        };
        // Of the right kind, it must also convert as the executor converts it: a whole number within Int32, a date that exists.
        return fits && TryToValue(input, value, out _) ? null : problem;
    }

    private static string Example(Type type) =>
        type == typeof(DateOnly) ? "2026-06-10"
        : type == typeof(TimeSpan) ? "1.00:00:00"
        : type == typeof(Guid) ? "3f2c9a1e-8d4b-4c57-9a0e-2b6f1d7c8e90"
        : type == typeof(DateTimeOffset) ? "2026-06-10T08:00:00+07:00"
        : "2026-06-10T01:00:00Z";

    /// <summary>What the engine would fail on later, for an input whose hint says how the workflow uses it.</summary>
    private static string? HintProblem(InputDefinition input, object? value, IOrgDirectory? directory, DateOnly today)
    {
        var text = Text(value);
        switch (input.UIHint?.ToLowerInvariant())
        {
            case DeadlineRuleHint:
                return DeadlineRuleProblem(text);
            case DayOfYearHint:
                // The workflow writes it after "FixedDate:": a value that rule cannot take is refused in the words of a day and a month.
                return text.Length == 5 && DeadlineRuleProblem($"{nameof(DeadlineBasis.FixedDate)}:{text}") is null
                    ? null
                    : $"Input '{input.Name}' takes a day of the year written MM-dd, e.g. 06-10 for 10 June; '{text}' is not one.";
            case DateHint:
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    return $"Input '{input.Name}' takes a date written yyyy-MM-dd, e.g. 2026-06-10.";
                return date.Year is >= HolidayCatalog.FirstCountableYear and <= HolidayCatalog.LastCountableYear
                    ? null
                    : $"Input '{input.Name}' takes a date in {HolidayCatalog.FirstCountableYear}–{HolidayCatalog.LastCountableYear}.";
            case UnitQueryHint when directory is null:
                return null;
            case UnitQueryHint:
                try
                {
                    return directory.Resolve(text, today).Count > 0 ? null : $"The unit query '{text}' names no unit.";
                }
                catch (ArgumentException ex)
                {
                    return ex.Message;
                }
            case UnitListHint when directory is null:
                return null;
            case UnitListHint:
                return UnitListProblem(input.Name, value, directory, today);
            case InspectionKindHint:
                // The kind is recorded on the inspection as the domain's enum; any other word would quietly become the default.
                return Enum.GetNames<InspectionKind>().Contains(text, StringComparer.Ordinal)
                    ? null
                    : $"Input '{input.Name}' takes one of {string.Join(", ", Enum.GetNames<InspectionKind>())}.";
            case YearHint:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year) && year is >= HolidayCatalog.FirstCountableYear and <= HolidayCatalog.LastCountableYear
                    ? null
                    : $"Input '{input.Name}' takes a year from {HolidayCatalog.FirstCountableYear} to {HolidayCatalog.LastCountableYear}.";
            default:
                return null;
        }
    }

    /// <summary>
    /// A list of unit ids the workflow opens work for, one task per unit: an id no unit has, or a unit closed today, would
    /// open a task nobody can take and a row of its own on the dashboard.
    /// </summary>
    private static string? UnitListProblem(string name, object? value, IOrgDirectory directory, DateOnly today)
    {
        var ids = (value is IEnumerable<string> list ? list : Text(value).Split(',', StringSplitOptions.TrimEntries))
            .Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
            return $"Input '{name}' takes a list of at least one unit.";
        // By id: Find also takes a code, which the workflow would not.
        var unknown = ids.Where(id => directory.Find(id)?.Id != id).ToList();
        if (unknown.Count > 0)
            return $"Input '{name}' names units that do not exist: {string.Join(", ", unknown)}.";
        var closed = ids.Where(id => !directory.IsOpen(id, today)).ToList();
        return closed.Count == 0
            ? null
            : $"Input '{name}' names units that are not open on {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {string.Join(", ", closed)}.";
    }

    private static string? DeadlineRuleProblem(string rule)
    {
        try
        {
            DeadlineRule.Parse(rule);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Supervision.Workflows.Human;

/// <summary>
/// What the form of a completion may hold: every required field, each value of the JSON type its field's kind takes
/// (a select's among its options, a date written yyyy-MM-dd), and no field the task does not declare unless the task
/// keeps what a unit hands in as sent (<see cref="HumanTaskSpec.TakesUndeclaredFormData"/>). The inbox builds its
/// form by the same kinds (src/Designer/src/tasks/taskModel.ts), so what it sends always passes.
/// </summary>
public static class TaskForm
{
    public const string Text = "text";
    public const string MultiLine = "multiline";
    public const string Number = "number";
    public const string Date = "date";
    public const string Checkbox = "checkbox";
    public const string Select = "select";

    /// <summary>
    /// A Party document's number and symbol (<c>12-KH/BTGDV</c>), as a step that issues a document numbers it; with
    /// <see cref="FormField.DocTypeCode"/>, of that type. A symbol the document cannot take would leave it unnumbered.
    /// </summary>
    public const string DocumentSymbol = "docsymbol";
    public const string File = "file";

    /// <summary>
    /// The most characters a text value may have when its field declares no <see cref="FormField.MaxLength"/>: as much as a
    /// comment, so only the body limit bounded a field before.
    /// </summary>
    public const int DefaultMaxLength = 4000;

    /// <summary>The most characters the field's text values may have.</summary>
    public static int MaxLengthOf(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.MaxLength is > 0 and var max ? max : DefaultMaxLength;
    }

    // The other names definitions use for the kinds (the inbox reads them alike); an unknown type is one-line text there too.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [Text] = Text, ["string"] = Text, [MultiLine] = MultiLine, ["textarea"] = MultiLine,
        [Number] = Number, ["int"] = Number, ["integer"] = Number, ["decimal"] = Number,
        [Date] = Date, [Checkbox] = Checkbox, ["bool"] = Checkbox, ["boolean"] = Checkbox,
        [Select] = Select, ["dropdown"] = Select, ["choice"] = Select, [File] = File, [DocumentSymbol] = DocumentSymbol,
    };

    /// <summary>The kind of value a field takes: one of the constants of this class.</summary>
    public static string KindOf(FormField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return Kinds.GetValueOrDefault(field.Type ?? "", Text);
    }

    /// <summary>
    /// The form's problems, each with its field (<c>form.&lt;name&gt;</c>), in the order of the declared fields, then the
    /// undeclared ones. Sending the work back (<see cref="HumanTaskSpec.SendBackActions"/>) needs no required field. The
    /// messages are English; a field is named by its label in the language of the current UI culture (the request's),
    /// so that a translated message names it as the reader's form does.
    /// </summary>
    public static IEnumerable<(string Field, string Message)> Problems(HumanTaskSpec spec, JsonObject? form, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var field in spec.Form)
        {
            var value = form?[field.Name];
            if (IsEmpty(value))
            {
                if (field.Required && (action is null || !HumanTaskSpec.SendBackActions.Contains(action)))
                    yield return ($"form.{field.Name}", $"'{field.LabelIn(CultureInfo.CurrentUICulture)}' is required.");
                continue;
            }
            if (ValueProblem(field, value!) is { } problem)
                yield return ($"form.{field.Name}", problem);
        }
        if (form is null || spec.TakesUndeclaredFormData)
            yield break;
        var declared = spec.Form.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, _) in form.Where(p => !declared.Contains(p.Key)))
        {
            yield return ($"form.{name}", declared.Count == 0
                ? $"This task has no form; '{name}' cannot be sent with it."
                : $"This task's form has no field '{name}'; its fields are {string.Join(", ", spec.Form.Select(f => f.Name))}.");
        }
    }

    // No value: absent, null or blank text, as a required field counts it and as the inbox leaves an empty field out.
    private static bool IsEmpty(JsonNode? value) =>
        value is null || value.GetValueKind() == JsonValueKind.Null || (value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));

    private static string? LengthProblem(FormField field, string text)
    {
        var max = MaxLengthOf(field);
        return text.Length <= max
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"'{field.LabelIn(CultureInfo.CurrentUICulture)}' takes at most {max} characters ({text.Length} given).");
    }

    private static string Example(FormField field) => $"12-{(field.DocTypeCode is { Length: > 0 } code ? code.ToUpperInvariant() : "KH")}/BTGDV";

    private static string? ValueProblem(FormField field, JsonNode value)
    {
        var label = field.LabelIn(CultureInfo.CurrentUICulture);
        var kind = value.GetValueKind();
        switch (KindOf(field))
        {
            case Number:
                return kind == JsonValueKind.Number ? null : $"'{label}' takes a number.";
            case Checkbox:
                return kind is JsonValueKind.True or JsonValueKind.False ? null : $"'{label}' takes true or false.";
            case Date:
                return kind == JsonValueKind.String && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? null
                    : $"'{label}' takes a date written yyyy-MM-dd.";
            case Select when field.Options is { Count: > 0 } options:
                if (kind != JsonValueKind.String)
                    return $"'{label}' takes one of {string.Join(", ", options)}.";
                var chosen = value.GetValue<string>();
                return options.Contains(chosen, StringComparer.Ordinal) ? null : $"'{chosen}' is not a choice of '{label}'; the choices are {string.Join(", ", options)}.";
            case DocumentSymbol:
                if (kind != JsonValueKind.String)
                    return $"'{label}' takes text.";
                var written = value.GetValue<string>();
                if (LengthProblem(field, written) is { } tooLong)
                    return tooLong;
                return Domain.Documents.DocumentSymbol.TryParse(written, out var symbol) && symbol.System == Domain.Documents.DocumentSystem.Party
                    && (field.DocTypeCode is not { Length: > 0 } code || string.Equals(symbol.TypeCode, code, StringComparison.OrdinalIgnoreCase))
                    ? null
                    : $"'{label}' takes a Party document's number and symbol such as {Example(field)}; '{written}' is not one.";
            case File:
                // A reference to the file (a link, a document number), or a list of them.
                if (kind == JsonValueKind.String)
                    return LengthProblem(field, value.GetValue<string>());
                return value is JsonArray files && files.All(f => f?.GetValueKind() == JsonValueKind.String)
                    ? files.Select(f => LengthProblem(field, f!.GetValue<string>())).FirstOrDefault(p => p is not null)
                    : $"'{label}' takes a reference to a file, or a list of them.";
            default:
                return kind == JsonValueKind.String ? LengthProblem(field, value.GetValue<string>()) : $"'{label}' takes text.";
        }
    }
}

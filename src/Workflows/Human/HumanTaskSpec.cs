using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Supervision.Domain.Calendar;

namespace Supervision.Workflows.Human;

/// <summary>Who a human task is for: a user, a role in a unit, or any of several candidate units.</summary>
public sealed record TaskAssignee
{
    public string? UserName { get; init; }
    public string? Role { get; init; }
    public string? UnitId { get; init; }
    public IReadOnlyList<string>? CandidateUnitIds { get; init; }

    public override string ToString() =>
        UserName ?? (Role is not null ? $"{Role}@{UnitId ?? "*"}" : UnitId ?? string.Join("|", CandidateUnitIds ?? []));
}

/// <summary>One field of a task's form.</summary>
public sealed record FormField
{
    private readonly string _labelVi = "";
    private readonly string _labelEn = "";

    public string Name { get; init; } = "";

    /// <summary>One label for both languages (the designer writes this when no translation is given).</summary>
    public string? Label { get; init; }

    public string LabelVi { get => _labelVi.Length > 0 ? _labelVi : Label ?? Name; init => _labelVi = value ?? ""; }
    public string LabelEn { get => _labelEn.Length > 0 ? _labelEn : Label ?? Name; init => _labelEn = value ?? ""; }

    /// <summary>The label a reader of the language reads: Vietnamese for <c>vi</c>, English otherwise.</summary>
    public string LabelIn(System.Globalization.CultureInfo language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.TwoLetterISOLanguageName == "vi" ? LabelVi : LabelEn;
    }

    /// <summary><c>text</c>, <c>multiline</c>, <c>number</c>, <c>date</c>, <c>checkbox</c>, <c>select</c>, <c>file</c>, <c>docsymbol</c>.</summary>
    public string Type { get; init; } = "text";

    public bool Required { get; init; }

    /// <summary>
    /// The most characters a text value (<c>text</c>, <c>multiline</c>, each reference of a <c>file</c>) may have; none
    /// means <see cref="TaskForm.DefaultMaxLength"/>. A document's number and symbol, say, declares a shorter one.
    /// </summary>
    public int? MaxLength { get; init; }

    public IReadOnlyList<string>? Options { get; init; }

    /// <summary>For a <c>docsymbol</c> field, the type code the document's symbol carries (<c>KH</c> for a plan, <c>QĐ</c> for a decision).</summary>
    public string? DocTypeCode { get; init; }

    /// <summary>What a person reads for each option of a <c>select</c>, by value: <c>{"Raised": {"vi": "…", "en": "…"}}</c>. An option with no label shows its value.</summary>
    public IReadOnlyDictionary<string, FormOptionLabel>? OptionLabels { get; init; }
}

/// <summary>An option's label in Vietnamese and English.</summary>
public sealed record FormOptionLabel(string? Vi, string? En);

/// <summary>
/// What a human-task bookmark carries: the task as people see it (title, assignee, due date, actions,
/// form), plus the reminder policy and escalation ladder the scheduler follows. Stored as the bookmark's
/// payload; the task list is a projection of these bookmarks.
/// </summary>
public sealed record HumanTaskSpec
{
    /// <summary>The bookmark name of every human task.</summary>
    public const string BookmarkName = "Supervision.HumanTask";

    public const string TimeoutAction = "Timeout";

    /// <summary>Actions that send work back rather than forward: they need no required field filled in (what is filled in is still checked).</summary>
    public static readonly IReadOnlySet<string> SendBackActions = new HashSet<string>(["Return", "RequestChanges", "Reject"], StringComparer.Ordinal);

    /// <summary><c>UserTask</c>, <c>WorkTask</c>, <c>Report</c>, <c>Milestone</c>, <c>Inspection</c>, <c>Remediation</c>, <c>Evaluation</c>, <c>Meeting</c>.</summary>
    public string Kind { get; init; } = "UserTask";

    public string Title { get; init; } = "";

    /// <summary>The title in English, when the definition gives one; English readers see <see cref="Title"/> otherwise.</summary>
    public string? TitleEn { get; init; }

    public string? Description { get; init; }
    public TaskAssignee Assignee { get; init; } = new();

    /// <summary>The unit whose work this is (drives unit scoping, statistics and urging).</summary>
    public string? UnitId { get; init; }

    public DateOnly? DueOn { get; init; }
    public string? DeadlineRule { get; init; }
    public ReminderPolicy? ReminderPolicy { get; init; }
    public IReadOnlyList<EscalationRule>? Escalations { get; init; }
    public IReadOnlyList<string> Actions { get; init; } = ["Done"];

    /// <summary>Actions that need a comment (a return must say why).</summary>
    public IReadOnlyList<string> CommentRequiredFor { get; init; } = [];

    public bool AllowTimeout { get; init; }
    public IReadOnlyList<FormField> Form { get; init; } = [];

    /// <summary>A stage inside a multi-step activity (inspection, evaluation).</summary>
    public string? Stage { get; init; }

    /// <summary>The plan or source document the task belongs to, for dashboards.</summary>
    public string? PlanId { get; init; }

    public string? SourceDocument { get; init; }
    public string? Classification { get; init; }

    /// <summary>Extra data the activity needs back when the task completes.</summary>
    public JsonObject? Data { get; init; }

    /// <summary>
    /// Whether a completion may carry data beyond the declared <see cref="Form"/>: what a unit hands in (a report, its
    /// share of assigned work, the report of a fix) is kept as sent, with its figures and links to attachments. Every
    /// other task (a decision, an approval, a review) takes its declared fields only. Read from the kind and stage,
    /// so that tasks opened before this rule keep it too.
    /// </summary>
    [JsonIgnore]
    public bool TakesUndeclaredFormData => Kind is "Report" or "WorkTask" || (Kind == "Remediation" && Stage == "Report");

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, JsonOptions)!.AsObject();

    public static HumanTaskSpec FromJson(JsonNode? node) =>
        node?.Deserialize<HumanTaskSpec>(JsonOptions) ?? throw new InvalidOperationException("The bookmark carries no task.");

    /// <summary>The end of the due day (24:00 Hà Nội), when the task becomes overdue.</summary>
    [JsonIgnore]
    public DateTimeOffset? DueAt => DueOn is { } due ? WorkCalendar.EndOfDay(due) : null;
}

/// <summary>How a person completes a task: the action taken (an outcome), a comment and the form.</summary>
public sealed record HumanTaskCompletion
{
    public string Action { get; init; } = "";
    public string? Comment { get; init; }
    public JsonObject? Form { get; init; }
    public string? Actor { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, HumanTaskSpec.JsonOptions)!.AsObject();

    public static HumanTaskCompletion FromJson(JsonNode? node)
    {
        if (node is JsonValue value && value.TryGetValue<string>(out var action))
            return new HumanTaskCompletion { Action = action };
        return node?.Deserialize<HumanTaskCompletion>(HumanTaskSpec.JsonOptions) ?? new HumanTaskCompletion();
    }
}

/// <summary>A completion that the task does not allow (an unknown action, a return without a comment, a form value of the wrong kind).</summary>
public sealed class TaskActionException : Execution.ResumeRejectedException
{
    public TaskActionException(string field, string message)
        : base(field, message)
    {
    }

    public TaskActionException(IReadOnlyDictionary<string, string[]> errors)
        : base(errors)
    {
    }
}

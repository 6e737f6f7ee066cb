using System.Text.Json;
using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Expressions;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Activities.Cycle;

/// <summary>
/// Base of the activities that wait on people. A task is a bookmark named
/// <see cref="HumanTaskSpec.BookmarkName"/> whose payload is the <see cref="HumanTaskSpec"/>; the host
/// projects those bookmarks into the task list and resumes them with a <see cref="HumanTaskCompletion"/>.
/// </summary>
public abstract class HumanTaskActivity : WorkflowActivity
{
    protected static readonly string[] DefaultActions = ["Done"];

    /// <summary>Opens a task: works out its due date from the deadline rule on the work calendar, then waits on it.</summary>
    protected static Bookmark OpenTask(ActivityExecutionContext context, HumanTaskSpec spec)
    {
        if (spec.DueOn is null && !string.IsNullOrWhiteSpace(spec.DeadlineRule))
            spec = spec with { DueOn = DueOn(context, spec.DeadlineRule!) };
        else if (spec.DueOn is { } given)
            // A due date on a weekend or holiday ends on the next working day (Civil Code 2015, art. 148).
            spec = spec with { DueOn = Calendar(context).RollForward(given) };
        var bookmark = context.CreateBookmark(HumanTaskSpec.BookmarkName, stimulus: null, dueAt: null, payload: spec.ToJson());
        return bookmark;
    }

    /// <summary>The due date a rule gives, counted from today (Hà Nội) on the work calendar.</summary>
    protected static DateOnly DueOn(ActivityExecutionContext context, string rule)
    {
        var parsed = DeadlineRule.Parse(rule);
        var today = WorkCalendar.ToLocalDate(context.Now);
        return parsed.Compute(today, Calendar(context));
    }

    protected static WorkCalendar Calendar(ActivityExecutionContext context) =>
        (context.GetService<IWorkCalendarProvider>() ?? new DefaultWorkCalendarProvider(context.Execution.Clock)).GetCalendar();

    protected static IOrgDirectory Directory(ActivityExecutionContext context) =>
        context.GetService<IOrgDirectory>() ?? DemoProvince.Directory();

    /// <summary>Reads and checks a completion against the task it completes.</summary>
    protected static HumanTaskCompletion ReadCompletion(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        var spec = HumanTaskSpec.FromJson(bookmark.Payload);
        var completion = HumanTaskCompletion.FromJson(input);
        Check(spec, completion);
        completion = completion with { Actor = completion.Actor ?? context.Actor, CompletedAt = completion.CompletedAt ?? context.Now };
        // Every human action is journalled with its actor and comment; the inbox closes the task from this.
        context.Journal(Runtime.HumanJournalEvents.TaskCompleted, completion.Action, new JsonObject
        {
            ["bookmarkId"] = bookmark.Id,
            ["action"] = completion.Action,
            ["comment"] = completion.Comment,
            ["actor"] = completion.Actor,
            ["title"] = spec.Title,
            ["unitId"] = spec.UnitId,
            ["dueOn"] = spec.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        return completion;
    }

    /// <summary>
    /// Throws <see cref="TaskActionException"/>, naming every field at fault, when the completion does not fit the task:
    /// an action it does not offer, a missing comment, or a form that <see cref="TaskForm"/> refuses.
    /// </summary>
    public static void Check(HumanTaskSpec spec, HumanTaskCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(completion);
        if (completion.Action == HumanTaskSpec.TimeoutAction)
        {
            if (!spec.AllowTimeout)
                throw new TaskActionException("action", "This task has no Timeout outcome.");
            return;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Add(string field, string message) => errors[field] = errors.TryGetValue(field, out var found) ? [.. found, message] : [message];
        if (!spec.Actions.Contains(completion.Action, StringComparer.Ordinal))
            Add("action", $"Action '{completion.Action}' is not one of {string.Join(", ", spec.Actions)}.");
        if (spec.CommentRequiredFor.Contains(completion.Action, StringComparer.Ordinal) && string.IsNullOrWhiteSpace(completion.Comment))
            Add("comment", $"A comment is required to {completion.Action.ToLowerInvariant()}.");
        foreach (var (field, message) in TaskForm.Problems(spec, completion.Form, completion.Action))
            Add(field, message);
        if (errors.Count > 0)
            throw new TaskActionException(errors);
    }

    /// <summary>Reads an input holding JSON (object, array, JSON text or a script result) as <typeparamref name="T"/>.</summary>
    protected static T? ReadJson<T>(ActivityExecutionContext context, Input<object> input)
    {
        var value = context.Get(input);
        return ToModel<T>(value);
    }

    public static T? ToModel<T>(object? value)
    {
        var node = value switch
        {
            null => null,
            string text when text.Length == 0 => null,
            string text => JsonNode.Parse(text),
            _ => ValueConverter.ToJson(value),
        };
        if (node is JsonValue jsonText && jsonText.TryGetValue<string>(out var s))
            node = s.Length == 0 ? null : JsonNode.Parse(s);
        return node is null ? default : node.Deserialize<T>(HumanTaskSpec.JsonOptions);
    }

    /// <summary>Ports from an <c>actions</c> input written as a literal list.</summary>
    protected static IReadOnlyList<string> LiteralActions(ActivityNode node, string inputName, IReadOnlyList<string> fallback)
    {
        var written = LiteralInputs.Read(node, inputName);
        try
        {
            var actions = written switch
            {
                null => null,
                JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0 ? null : ValueConverter.To<string[]>(s),
                var other => ValueConverter.To<string[]>(other),
            };
            return actions is { Length: > 0 } ? actions : fallback;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidCastException)
        {
            return fallback;
        }
    }

    protected static bool LiteralFlag(ActivityNode node, string inputName) =>
        LiteralInputs.Read(node, inputName) switch
        {
            JsonValue v when v.TryGetValue<bool>(out var b) => b,
            JsonValue v when v.TryGetValue<string>(out var s) => bool.TryParse(s, out var b) && b,
            _ => false,
        };

    public override IEnumerable<NodeProblem> Validate(ActivityNode node)
    {
        foreach (var name in new[] { "deadline" })
        {
            if (Descriptor.FindInput(name) is not null && LiteralInputs.Read(node, name) is JsonValue v && v.TryGetValue<string>(out var rule)
                && rule.Length > 0 && !Domain.Calendar.DeadlineRule.TryParse(rule, out _))
                yield return new NodeProblem(name, $"'{rule}' is not a deadline rule; use WorkingDays:N, CalendarDays:N, FixedDate:MM-dd, FixedDate:yyyy-MM-dd or DayOfMonth:N.");
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>A task's reminder schedule: its due date, policy and escalation ladder on the work calendar.</summary>
public sealed record ReminderPlan(DateOnly DueOn, ReminderPolicy Policy, IReadOnlyList<EscalationRule> Escalations, WorkCalendar Calendar)
{
    /// <summary>Every reminder and escalation, in sending order.</summary>
    public IReadOnlyList<ScheduledReminder> All() => ReminderSchedule.Compute(DueOn, Policy, Escalations, Calendar, DateTimeOffset.MinValue);

    /// <summary>The first reminder strictly after <paramref name="after"/>, or null when the ladder is done.</summary>
    public ScheduledReminder? Next(DateTimeOffset after) => ReminderSchedule.Next(DueOn, Policy, Escalations, Calendar, after);

    /// <summary>Reminders after <paramref name="afterExclusive"/> and at or before <paramref name="until"/>, in sending order.</summary>
    public IReadOnlyList<ScheduledReminder> Between(DateTimeOffset afterExclusive, DateTimeOffset until) =>
        [.. ReminderSchedule.Compute(DueOn, Policy, Escalations, Calendar, afterExclusive).Where(r => r.At > afterExclusive && r.At <= until)];

    /// <summary>The step of the ladder (1 = first) an escalation is, by its working days overdue.</summary>
    public int LevelOf(EscalationRule rule)
    {
        var ordered = Escalations.OrderBy(e => e.AfterWorkingDaysOverdue).ToList();
        var index = ordered.IndexOf(rule);
        return index < 0 ? 0 : index + 1;
    }

    /// <summary>True when a Timeout escalation is due at or before <paramref name="now"/>.</summary>
    public bool TimeoutDue(DateTimeOffset now) =>
        All().Any(r => r.Kind == ReminderKind.Escalation && r.Escalation?.Action == EscalationAction.Timeout && r.At <= now);
}

/// <summary>
/// Works out a task's reminders: from its <see cref="HumanTaskSpec"/> (policy default
/// <see cref="ReminderPolicy.Default"/>, ladder default <see cref="EscalationRule.Defaults"/>) on the work calendar,
/// and how far the task has got (its journal: the last reminder instant sent, the last due-date change).
/// </summary>
public sealed class TaskReminderPlanner(IWorkCalendarProvider calendars, ILogger<TaskReminderPlanner>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<TaskReminderPlanner>.Instance;

    /// <summary>The plan of a task, or null when it has no due date or an invalid policy (logged).</summary>
    public ReminderPlan? For(string taskId, HumanTaskSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.DueOn is not { } dueOn)
            return null;
        var plan = new ReminderPlan(dueOn, spec.ReminderPolicy ?? ReminderPolicy.Default, spec.Escalations ?? EscalationRule.Defaults, calendars.GetCalendar());
        try
        {
            plan.Policy.Validate();
            foreach (var rule in plan.Escalations)
                rule.Validate();
            return plan;
        }
        catch (ArgumentException ex)
        {
            SchedulingLog.InvalidReminderPolicy(_logger, taskId, ex.Message);
            return null;
        }
    }

    /// <summary>The plan of a task bookmark's payload, or null.</summary>
    public ReminderPlan? For(string taskId, string? payload)
    {
        if (string.IsNullOrEmpty(payload))
            return null;
        return For(taskId, HumanTaskSpec.FromJson(JsonNode.Parse(payload)));
    }

    /// <summary>
    /// The instant up to which a task's reminders are done: the latest reminder instant sent, the latest due-date
    /// change, or the task's creation, whichever is last. Reminders after it are still to go out.
    /// </summary>
    public static async Task<DateTimeOffset> CursorAsync(SupervisionDbContext db, string instanceId, string taskId, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == instanceId && (j.Event == SchedulingJournalEvents.ReminderSent || j.Event == SchedulingJournalEvents.TaskDueDateChanged))
            .Select(j => new { j.Event, j.At, j.Data })
            .ToListAsync(cancellationToken);
        var cursor = createdAt;
        foreach (var row in rows)
        {
            if (row.Data is null || JsonNode.Parse(row.Data) is not JsonObject data || data["taskId"]?.GetValue<string>() != taskId)
                continue;
            var at = row.Event == SchedulingJournalEvents.ReminderSent && data["at"]?.GetValue<string>() is { } text
                ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
                : row.At;
            if (at > cursor)
                cursor = at;
        }
        return cursor;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// The one pending reminder job of an open human task. When it runs it sends every reminder and escalation due by
/// now that was not sent yet (after a long outage only the latest reminder, but every escalation), journals a
/// <see cref="SchedulingJournalEvents.ReminderSent"/> entry per instant, applies the escalations, then schedules the
/// next reminder. Safe to run twice: what was sent is read back from the journal, in the same transaction.
/// </summary>
public sealed class TaskReminderJob(
    IDbContextFactory<SupervisionDbContext> contexts,
    InstanceWrites writes,
    TaskReminderPlanner planner,
    TaskScheduling scheduling,
    IWorkflowRuntime runtime,
    SchedulingOptions options,
    TimeProvider clock,
    ILogger<TaskReminderJob>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<TaskReminderJob>.Instance;

    /// <summary>The Hangfire entry point; the context tells the job its own id.</summary>
    [JobDisplayName("Reminders of task {0}")]
    public Task RunAsync(string taskId, PerformContext? context, CancellationToken cancellationToken) =>
        SendDueAsync(taskId, context?.BackgroundJob?.Id, cancellationToken);

    /// <summary>Runs as the job <paramref name="jobId"/> (null: whichever job the task holds).</summary>
    public async Task SendDueAsync(string taskId, string? jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        string instanceId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var row = await db.Bookmarks.AsNoTracking().Where(b => b.Id == taskId && b.Name == HumanTaskSpec.BookmarkName)
                .Select(b => new { b.InstanceId, b.JobId }).FirstOrDefaultAsync(cancellationToken);
            if (row is null)
                return;
            if (jobId is not null && row.JobId is not null && row.JobId != jobId)
            {
                SchedulingLog.StaleReminderJob(_logger, jobId, taskId, row.JobId);
                return;
            }
            instanceId = row.InstanceId;
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        var sent = await writes.CommitAsync(instanceId, (db, _, ct) => StageAsync(db, taskId, now, ct), cancellationToken);
        if (sent is null)
            return; // closed or gone
        // The outbox rows were queued for dispatch when they committed (OutboxSignal).
        if (sent.Count > 0)
            SchedulingLog.RemindersSent(_logger, taskId, sent.Count, sent.LastAt);

        if (sent.TimeOut)
        {
            try
            {
                using (RunningJob.Enter(jobId))
                    await runtime.ResumeAsync(taskId, new JsonObject { ["action"] = HumanTaskSpec.TimeoutAction }, SchedulingActors.Scheduler, cancellationToken);
                SchedulingLog.TaskTimedOut(_logger, taskId);
                return; // the task is closed; its bookmark's removal deletes this job
            }
            catch (WorkflowConflictException ex) when (ex.Reason == ConflictReason.BookmarkNotOpen)
            {
                return;
            }
        }
        await scheduling.PlaceAsync(taskId, jobId, cancellationToken);
    }

    private sealed record Sent(IReadOnlyList<string> OutboxIds, int Count, DateTimeOffset LastAt, bool TimeOut);

    private async Task<InstanceWrite<Sent>?> StageAsync(SupervisionDbContext db, string taskId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bookmark = await db.Bookmarks.AsNoTracking().FirstOrDefaultAsync(b => b.Id == taskId, cancellationToken);
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);
        if (bookmark?.Payload is null || task is null || task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
            return null;
        var spec = HumanTaskSpec.FromJson(JsonNode.Parse(bookmark.Payload));
        if (planner.For(taskId, spec) is not { } plan)
            return null;

        var cursor = await TaskReminderPlanner.CursorAsync(db, bookmark.InstanceId, taskId, bookmark.CreatedAt, cancellationToken);
        var due = plan.Between(cursor, now);
        var timeOut = spec.AllowTimeout && plan.TimeoutDue(now);
        if (due.Count == 0)
            return new InstanceWrite<Sent>([], new Sent([], 0, cursor, timeOut));

        // Missed reminders are not sent in a burst after an outage: only the latest one goes; every escalation is taken.
        var latestReminder = due.Where(r => r.Kind != ReminderKind.Escalation).Select(r => r.At).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
        var context = await TaskContext.LoadAsync(db, task, spec, options.PublicBaseUrl, cancellationToken);
        var channel = options.ReminderChannel;
        var outboxIds = new List<string>();
        var journal = new List<JournalEntry>();
        var count = 0;
        foreach (var group in due.GroupBy(r => r.At))
        {
            var reminders = new JsonArray();
            var escalations = new JsonArray();
            foreach (var item in group)
            {
                if (item.Kind != ReminderKind.Escalation && item.At != latestReminder)
                    continue;
                var key = $"reminder:{taskId}:{item.At.ToString("O", CultureInfo.InvariantCulture)}:{KindKey(item, plan)}";
                if (item.Kind != ReminderKind.Escalation)
                {
                    var template = item.Kind switch
                    {
                        ReminderKind.Upcoming => "reminder-upcoming",
                        ReminderKind.DueToday => "reminder-due-today",
                        _ => "reminder-overdue",
                    };
                    if (await AddOutboxAsync(db, key, template, context.Assignee(channel), context.Model(Math.Abs(item.WorkingDaysFromDue)), now, cancellationToken) is { } id)
                        outboxIds.Add(id);
                    reminders.Add(item.Kind.ToString());
                    count++;
                    continue;
                }

                var rule = item.Escalation!;
                task.EscalationLevel = Math.Max(task.EscalationLevel, plan.LevelOf(rule));
                escalations.Add(new JsonObject { ["action"] = rule.Action.ToString(), ["afterWorkingDaysOverdue"] = rule.AfterWorkingDaysOverdue, ["role"] = rule.Role, ["urgeLevel"] = rule.UrgeLevel });
                count++;
                switch (rule.Action)
                {
                    case EscalationAction.NotifyRole:
                        var unit = await context.UnitHoldingAsync(db, rule.Role!, now, cancellationToken);
                        if (unit is null)
                            SchedulingLog.NoRoleHolder(_logger, taskId, rule.Role!, context.UnitId);
                        var audience = new Audience(new[] { unit ?? context.UnitId }.OfType<string>().ToList(), [rule.Role!], [], channel);
                        if (await AddOutboxAsync(db, key, "escalation", audience, context.Model(item.WorkingDaysFromDue), now, cancellationToken) is { } notifyId)
                            outboxIds.Add(notifyId);
                        break;
                    case EscalationAction.IssueUrgeNotice:
                        var urge = new Audience(new[] { context.UnitId }.OfType<string>().ToList(), ["FocalPoint", "Leader"], context.UnitId is null ? context.AssigneeUsers : [], channel);
                        if (await AddOutboxAsync(db, key, "urge-notice", urge, context.UrgeModel(rule.UrgeLevel ?? 1, now), now, cancellationToken) is { } urgeId)
                            outboxIds.Add(urgeId);
                        break;
                    case EscalationAction.ReportToCommittee:
                        task.FlaggedForCommittee = true;
                        break;
                    case EscalationAction.Timeout:
                        if (!spec.AllowTimeout)
                            SchedulingLog.TimeoutNotAllowed(_logger, taskId);
                        break;
                }
            }
            if (reminders.Count == 0 && escalations.Count == 0)
                continue;
            journal.Add(new JournalEntry(now, SchedulingJournalEvents.ReminderSent, bookmark.ActivityId, bookmark.ActivityType,
                $"{spec.Title} ({group.Key.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)})", SchedulingActors.Scheduler,
                new JsonObject
                {
                    ["taskId"] = taskId,
                    ["at"] = group.Key.ToString("O", CultureInfo.InvariantCulture),
                    ["reminders"] = reminders,
                    ["escalations"] = escalations,
                    ["escalationLevel"] = task.EscalationLevel,
                }));
        }
        return new InstanceWrite<Sent>(journal, new Sent(outboxIds, count, due[^1].At, timeOut));
    }

    private static string KindKey(ScheduledReminder item, ReminderPlan plan) => item.Kind switch
    {
        ReminderKind.Upcoming => "upcoming",
        ReminderKind.DueToday => "due-today",
        ReminderKind.Overdue => "overdue",
        _ => string.Create(CultureInfo.InvariantCulture, $"escalation-{plan.LevelOf(item.Escalation!)}"),
    };

    /// <summary>Stages a fan-out row unless one with the key exists (a retried job); returns its id when added.</summary>
    private static async Task<string?> AddOutboxAsync(SupervisionDbContext db, string key, string template, Audience audience, JsonObject data, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Outbox.AnyAsync(o => o.Key == key, cancellationToken))
            return null;
        var row = OutboxRows.Fanout(key, template, audience, data, now);
        db.Outbox.Add(row);
        return row.Id;
    }
}

using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Timing;

namespace Supervision.Workflows.Scheduling;

/// <summary>What one reconciliation pass repaired.</summary>
public sealed record ReconciliationReport(int Timers, int Tasks, int Triggers, int Outbox);

/// <summary>
/// The recurring repair pass: recreates the job of any open due-bearing bookmark, and of any open human task, that
/// has none or whose job no longer exists or has finished; restores trigger schedules missing from Hangfire (and
/// removes schedules of triggers that are gone); re-queues outbox rows whose dispatch was lost. It looks only where a
/// job has just failed to do its work (a timer still open a grace period after its due time, a task whose reminder
/// instant passed without its job) and at bookmarks that never got a job, never at all jobs: a lost job is repaired
/// within one pass after it should have run.
/// </summary>
public sealed class ReconciliationJob(
    IDbContextFactory<SupervisionDbContext> contexts,
    IBackgroundJobClient jobs,
    IRecurringJobManager recurring,
    JobStorage storage,
    BookmarkJobs bookmarkJobs,
    TaskScheduling scheduling,
    TaskReminderPlanner planner,
    OutboxQueue outbox,
    ReconciliationCursor cursor,
    SchedulingOptions options,
    TimeProvider clock,
    ILogger<ReconciliationJob>? logger = null)
{
    /// <summary>The id of this job's recurring schedule.</summary>
    public const string RecurringJobId = "supervision:reconcile";

    /// <summary>How far back a task's reminder instant still has its job checked.</summary>
    public static readonly TimeSpan TaskLookback = TimeSpan.FromDays(1);

    /// <summary>The most timers and outbox rows one pass looks at; the rest wait for the next pass.</summary>
    public const int BatchSize = 2000;

    private readonly ILogger _logger = logger ?? NullLogger<ReconciliationJob>.Instance;

    // No DisableConcurrentExecution: two passes at once are harmless (every repair is a compare-and-set on the
    // bookmark), and on the SQLite storage that filter's lock held queued jobs back for about 90 s.
    [JobDisplayName("Reconcile scheduled jobs")]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken) => await ReconcileAsync(cancellationToken);

    public async Task<ReconciliationReport> ReconcileAsync(CancellationToken cancellationToken)
    {
        // UTC: PostgreSQL takes no other offset for timestamptz parameters.
        var now = clock.GetUtcNow().ToUniversalTime();
        var report = new ReconciliationReport(
            await ReconcileTimersAsync(now, cancellationToken),
            await ReconcileTasksAsync(now, cancellationToken),
            ReconcileTriggers(await PublishedScheduleTriggersAsync(cancellationToken)),
            await ReconcileOutboxAsync(now, cancellationToken));
        SchedulingLog.Reconciled(_logger, report.Timers, report.Tasks, report.Triggers, report.Outbox);
        return report;
    }

    // ---- timers -------------------------------------------------------------------------------

    private async Task<int> ReconcileTimersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settled = now - options.ReconciliationGrace;
        List<(string Id, DateTimeOffset DueAt, string? JobId)> candidates;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Only instances that wait: a faulted one keeps its timers until it is retried.
            var waiting = from b in db.Bookmarks.AsNoTracking()
                          join i in db.Instances.AsNoTracking() on b.InstanceId equals i.Id
                          where b.DueAt != null && (i.Status == WorkflowStatus.Suspended || i.Status == WorkflowStatus.Running)
                          select b;
            var missing = await waiting.Where(b => b.JobId == null && b.CreatedAt < settled)
                .OrderBy(b => b.DueAt).Take(BatchSize).Select(b => new { b.Id, b.DueAt, b.JobId }).ToListAsync(cancellationToken);
            // A timer still open a grace period after its due time: its job should have consumed it by now.
            var overdue = await waiting.Where(b => b.JobId != null && b.DueAt < settled)
                .OrderBy(b => b.DueAt).Take(BatchSize).Select(b => new { b.Id, b.DueAt, b.JobId }).ToListAsync(cancellationToken);
            candidates = [.. missing.Concat(overdue).Select(b => (b.Id, b.DueAt!.Value, b.JobId))];
        }

        var repaired = 0;
        using var connection = storage.GetConnection();
        foreach (var (id, dueAt, jobId) in candidates)
        {
            if (BookmarkJobs.IsPending(connection, jobId))
                continue;
            // Its job may have just finished by consuming it: look again before making a replacement.
            if (!await bookmarkJobs.HoldsAsync(id, jobId, cancellationToken))
                continue;
            var replacement = TimerJob.Schedule(jobs, id, dueAt);
            if (await bookmarkJobs.ReplaceAsync(id, jobId, replacement, cancellationToken))
                repaired++;
            else
                jobs.Delete(replacement);
        }
        return repaired;
    }

    // ---- human tasks --------------------------------------------------------------------------

    private async Task<int> ReconcileTasksAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(now);
        var windowStart = today.AddDays(-options.TaskWindowDaysBack);
        var windowEnd = today.AddDays(options.TaskWindowDaysAhead);
        var settled = now - options.ReconciliationGrace;
        var repaired = 0;
        var looked = 0;
        using var connection = storage.GetConnection();
        // A share of the open tasks in the window per pass, a page at a time in (due date, id) order, going on where
        // the last pass stopped: a fixed first share would leave the tasks after it unchecked for good, and every
        // task in every pass would cost a burst of work proportional to all open tasks every few minutes.
        var after = cursor.Task;
        while (looked < options.ReconciliationTasksPerPass)
        {
            List<(string Id, DateOnly DueOn, string? JobId, string? Payload)> page;
            var size = Math.Min(options.ReconciliationTaskPage, options.ReconciliationTasksPerPass - looked);
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var open = from t in db.Tasks.AsNoTracking()
                           join b in db.Bookmarks.AsNoTracking() on t.Id equals b.Id
                           where (t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Claimed) && t.DueOn != null && t.DueOn >= windowStart && t.DueOn <= windowEnd
                                 && b.CreatedAt < settled
                           select new { t.Id, DueOn = t.DueOn!.Value, b.JobId, b.Payload };
                if (after is { } last)
                    open = open.Where(c => c.DueOn > last.DueOn || (c.DueOn == last.DueOn && string.Compare(c.Id, last.Id) > 0));
                page = [.. (await open.OrderBy(c => c.DueOn).ThenBy(c => c.Id).Take(size).ToListAsync(cancellationToken))
                    .Select(c => (c.Id, c.DueOn, c.JobId, c.Payload))];
            }
            looked += page.Count;

            foreach (var (id, _, jobId, payload) in page)
            {
                if (jobId is not null)
                {
                    // A lost job shows once one of the task's instants has passed without it: look only at tasks with
                    // an instant between a day and a grace period ago.
                    var plan = planner.For(id, payload);
                    if (plan is null || !plan.All().Any(r => r.At >= now - TaskLookback && r.At <= settled))
                        continue;
                    if (BookmarkJobs.IsPending(connection, jobId))
                        continue;
                }
                else if (planner.For(id, payload) is not { } plan || plan.Next(now - TaskLookback) is null)
                {
                    continue; // no due date, or its ladder is done
                }
                await scheduling.PlaceAsync(id, runningJobId: null, cancellationToken);
                repaired++;
            }
            if (page.Count < size)
            {
                cursor.Task = null; // the end of the window: the next pass starts from the first task
                return repaired;
            }
            after = cursor.Task = (page[^1].DueOn, page[^1].Id);
        }
        return repaired;
    }

    // ---- trigger schedules --------------------------------------------------------------------

    private async Task<List<(string DefinitionId, string ActivityId, string ActivityType, string? Stimulus)>> PublishedScheduleTriggersAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Triggers.AsNoTracking()
            .Where(t => t.ActivityType == Activities.Builtin.Cron.TypeKey || t.ActivityType == Activities.Builtin.Timer.TypeKey)
            .Where(t => db.Definitions.Any(d => d.Id == t.DefinitionVersionId && d.IsPublished))
            .Select(t => new { t.DefinitionId, t.ActivityId, t.ActivityType, t.Stimulus })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DefinitionId, r.ActivityId, r.ActivityType, r.Stimulus))];
    }

    private int ReconcileTriggers(List<(string DefinitionId, string ActivityId, string ActivityType, string? Stimulus)> triggers)
    {
        List<RecurringJobDto> existing;
        using (var connection = storage.GetConnection())
            existing = connection.GetRecurringJobs();
        var byId = existing.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var repaired = 0;
        foreach (var trigger in triggers)
        {
            if (!TriggerSchedules.TryGetCron(trigger.ActivityType, trigger.Stimulus, out var cron, out _))
                continue;
            var id = TriggerSchedules.RecurringJobId(trigger.DefinitionId, trigger.ActivityId);
            expected.Add(id);
            if (byId.TryGetValue(id, out var job) && job.Cron == cron && job.TimeZoneId == CronSchedule.VietnamZone.Id)
                continue;
            TriggerSchedules.AddOrUpdate(recurring, trigger.DefinitionId, trigger.ActivityId, cron);
            repaired++;
        }
        foreach (var job in existing)
        {
            if (job.Job?.Type == typeof(CronTriggerJob) && !expected.Contains(job.Id))
            {
                recurring.RemoveIfExists(job.Id);
                repaired++;
            }
        }
        return repaired;
    }

    // ---- outbox -------------------------------------------------------------------------------

    private async Task<int> ReconcileOutboxAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settled = now - options.ReconciliationGrace;
        var staleClaim = now - options.OutboxClaimTimeout;
        var max = options.OutboxMaxAttempts;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Never tried (the queueing after commit was lost), or claimed by a sender that died.
        var ids = await db.Outbox.AsNoTracking()
            .Where(o => o.SentAt == null && o.CreatedAt < settled && o.Attempts < max
                && ((o.Attempts == 0 && o.ClaimedAt == null) || o.ClaimedAt < staleClaim))
            .OrderBy(o => o.CreatedAt).Take(BatchSize).Select(o => o.Id).ToListAsync(cancellationToken);
        outbox.Enqueue(ids);
        return ids.Count;
    }
}

/// <summary>Where the next reconciliation pass goes on among the open tasks (one per process; a restart starts over).</summary>
public sealed class ReconciliationCursor
{
    private readonly Lock _lock = new();
    private (DateOnly DueOn, string Id)? _task;

    /// <summary>The last task the previous pass looked at; null: start from the first.</summary>
    public (DateOnly DueOn, string Id)? Task
    {
        get { lock (_lock) return _task; }
        set { lock (_lock) _task = value; }
    }
}

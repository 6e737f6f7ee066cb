using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// The delayed job of a bookmark with a due time (Delay, StartAt, Timer, Cron inside a flow): resumes it. Idempotent:
/// a bookmark consumed meanwhile (another job, an event, a cancellation) makes it a no-op.
/// </summary>
public sealed class TimerJob(
    IDbContextFactory<SupervisionDbContext> contexts,
    IWorkflowRuntime runtime,
    IBackgroundJobClient jobs,
    BookmarkJobs bookmarkJobs,
    TimeProvider clock,
    ILogger<TimerJob>? logger = null)
{
    /// <summary>
    /// A job that runs at most this much before its due time waits for it in place: Hangfire's storages keep
    /// schedules to the second, so a job can come up to a second early. Earlier than that, it is scheduled again.
    /// </summary>
    public static readonly TimeSpan MaxWaitInPlace = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = logger ?? NullLogger<TimerJob>.Instance;

    [JobDisplayName("Timer {0}")]
    public Task FireAsync(string bookmarkId, PerformContext? context, CancellationToken cancellationToken) =>
        FireAsJobAsync(bookmarkId, context?.BackgroundJob?.Id, cancellationToken);

    /// <summary>Fires the timer as the job <paramref name="jobId"/> (null when run outside Hangfire).</summary>
    public async Task FireAsJobAsync(string bookmarkId, string? jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(bookmarkId);
        DateTimeOffset? dueAt;
        string? storedJobId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var row = await db.Bookmarks.AsNoTracking().Where(b => b.Id == bookmarkId).Select(b => new { b.DueAt, b.JobId }).FirstOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                SchedulingLog.TimerAlreadyConsumed(_logger, bookmarkId);
                return;
            }
            (dueAt, storedJobId) = (row.DueAt, row.JobId);
        }

        var early = dueAt is { } dueTime ? dueTime - clock.GetUtcNow() : TimeSpan.Zero;
        while (early > TimeSpan.Zero && early <= MaxWaitInPlace)
        {
            // A timer never fires before its time (and a timer wakes up to a few milliseconds early, so look again).
            await Task.Delay(early + TimeSpan.FromMilliseconds(1), clock, cancellationToken);
            early = dueAt!.Value - clock.GetUtcNow();
        }
        if (early > MaxWaitInPlace && dueAt is { } due)
        {
            // Too early for this clock: wait for the due time rather than fire ahead of it.
            SchedulingLog.TimerEarly(_logger, bookmarkId, due);
            var next = Schedule(jobs, bookmarkId, due);
            if (!await bookmarkJobs.ReplaceAsync(bookmarkId, storedJobId, next, cancellationToken))
                jobs.Delete(next);
            return;
        }

        try
        {
            using (RunningJob.Enter(jobId))
                await runtime.ResumeAsync(bookmarkId, input: null, SchedulingActors.Scheduler, cancellationToken);
        }
        catch (WorkflowConflictException ex) when (ex.Reason == ConflictReason.BookmarkNotOpen)
        {
            SchedulingLog.TimerAlreadyConsumed(_logger, bookmarkId);
        }
        catch (Execution.InvalidWorkflowStateException ex)
        {
            // A faulted instance keeps its bookmarks; once retried, the reconciliation pass gives this timer a new job.
            SchedulingLog.TimerNotResumed(_logger, bookmarkId, ex.Message);
        }
    }

    internal static string Schedule(IBackgroundJobClient jobs, string bookmarkId, DateTimeOffset dueAt) =>
        jobs.Schedule<TimerJob>(j => j.FireAsync(bookmarkId, null, CancellationToken.None), dueAt);
}

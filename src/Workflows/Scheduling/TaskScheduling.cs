using Hangfire;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>The reminder job of open human tasks.</summary>
public interface ITaskScheduling
{
    /// <summary>
    /// Puts the task's one pending reminder job at its next reminder (computed from the task's current due date,
    /// policy and ladder, after the last reminder sent or the last due-date change), replacing the job it had.
    /// Call it after changing a task's due date (or use <see cref="TaskDueDateService"/>, which does).
    /// Does nothing for a task that is closed or gone.
    /// </summary>
    Task RescheduleAsync(string taskId, CancellationToken cancellationToken = default);
}

/// <summary>Places reminder jobs: one pending job per open task, its id stored on the task's bookmark.</summary>
public sealed class TaskScheduling(
    IDbContextFactory<SupervisionDbContext> contexts,
    TaskReminderPlanner planner,
    BookmarkJobs bookmarkJobs,
    IBackgroundJobClient jobs,
    JobCleanup cleanup) : ITaskScheduling
{
    private const int MaxAttempts = 5;

    public Task RescheduleAsync(string taskId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        return PlaceAsync(taskId, runningJobId: null, cancellationToken);
    }

    /// <summary>
    /// Schedules the task's next reminder job and stores its id on the bookmark in place of the one there. Called by a
    /// running reminder job (<paramref name="runningJobId"/>), it gives way when the task already has another job.
    /// </summary>
    internal async Task PlaceAsync(string taskId, string? runningJobId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            string? stored;
            DateTimeOffset? nextAt = null;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var row = await db.Bookmarks.AsNoTracking().Where(b => b.Id == taskId && b.Name == HumanTaskSpec.BookmarkName)
                    .Select(b => new { b.InstanceId, b.JobId, b.Payload, b.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
                if (row is null)
                    return; // consumed: its removal deleted the job
                if (runningJobId is not null && row.JobId is not null && row.JobId != runningJobId)
                    return; // superseded by a reschedule
                stored = row.JobId;
                var status = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.Status).FirstOrDefaultAsync(cancellationToken);
                if (status is null or TaskStatuses.Open or TaskStatuses.Claimed && planner.For(taskId, row.Payload) is { } plan)
                {
                    var cursor = await TaskReminderPlanner.CursorAsync(db, row.InstanceId, taskId, row.CreatedAt, cancellationToken);
                    nextAt = plan.Next(cursor)?.At;
                }
            }

            var jobId = nextAt is { } at ? ScheduleReminder(jobs, taskId, at) : null;
            if (await bookmarkJobs.ReplaceAsync(taskId, stored, jobId, cancellationToken))
            {
                // The superseded job goes in the background, as a consumed bookmark's does: a rescheduling request
                // does not wait for the storage, and a deletion lost to a crash costs one run that finds it stale.
                if (stored is not null && stored != runningJobId && stored != jobId)
                    cleanup.Delete(stored);
                return;
            }
            // The bookmark changed under us (consumed, or another reschedule won): drop ours and look again.
            if (jobId is not null)
                cleanup.Delete(jobId);
        }
    }

    internal static string ScheduleReminder(IBackgroundJobClient jobs, string taskId, DateTimeOffset at) =>
        jobs.Schedule<TaskReminderJob>(j => j.RunAsync(taskId, null, CancellationToken.None), at);
}

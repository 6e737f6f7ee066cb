using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// The <see cref="IBookmarkScheduler"/> on Hangfire. After each commit: a bookmark with a due time gets one delayed
/// <see cref="TimerJob"/>; an open human task with a due date gets its first <see cref="TaskReminderJob"/>; the job id
/// is stored on the bookmark (and the job deleted when the bookmark is already gone); a consumed bookmark's job is
/// deleted by id, in the background (<see cref="JobCleanup"/>). Published Cron and Timer triggers become recurring jobs.
/// </summary>
public sealed class HangfireBookmarkScheduler(
    IBackgroundJobClient jobs,
    IRecurringJobManager recurring,
    TaskReminderPlanner planner,
    JobCleanup cleanup,
    IServiceProvider services,
    ILogger<HangfireBookmarkScheduler>? logger = null) : IBookmarkScheduler
{
    private readonly ILogger _logger = logger ?? NullLogger<HangfireBookmarkScheduler>.Instance;

    // The runtime depends on this scheduler, so it is looked up when first needed rather than injected.
    private IWorkflowRuntime Runtime => services.GetRequiredService<IWorkflowRuntime>();

    public async ValueTask BookmarksChangedAsync(BookmarkChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var removed in changes.Removed)
        {
            // The job resuming its own bookmark finishes by itself.
            if (!string.IsNullOrEmpty(removed.JobId) && removed.JobId != RunningJob.Id)
                cleanup.Delete(removed.JobId);
        }
        foreach (var created in changes.Created)
        {
            var (jobId, at) = ScheduleFor(created);
            if (jobId is null)
                continue;
            if (await Runtime.SetBookmarkJobIdAsync(created.Id, jobId, cancellationToken))
            {
                SchedulingLog.Scheduled(_logger, jobId, created.Id, at);
            }
            else
            {
                SchedulingLog.BookmarkGoneBeforeJobStored(_logger, created.Id, jobId);
                jobs.Delete(jobId);
            }
        }
    }

    private (string? JobId, DateTimeOffset At) ScheduleFor(Bookmark bookmark)
    {
        if (bookmark.DueAt is { } due)
            return (TimerJob.Schedule(jobs, bookmark.Id, due), due);
        if (bookmark.Name != HumanTaskSpec.BookmarkName || bookmark.Payload is null)
            return (null, default);
        // A new task has sent nothing: its first reminder is the first one after it was opened.
        var first = planner.For(bookmark.Id, HumanTaskSpec.FromJson(bookmark.Payload))?.Next(bookmark.CreatedAt);
        return first is null ? (null, default) : (TaskScheduling.ScheduleReminder(jobs, bookmark.Id, first.At), first.At);
    }

    public ValueTask TriggersChangedAsync(TriggerChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var added = changes.Added.Where(t => TriggerSchedules.IsScheduled(t.ActivityType)).ToList();
        var kept = added.Select(t => TriggerSchedules.RecurringJobId(t.DefinitionId, t.ActivityId)).ToHashSet(StringComparer.Ordinal);
        foreach (var trigger in changes.Removed.Where(t => TriggerSchedules.IsScheduled(t.ActivityType)))
        {
            var id = TriggerSchedules.RecurringJobId(trigger.DefinitionId, trigger.ActivityId);
            if (kept.Contains(id))
                continue; // replaced below, under the same id
            recurring.RemoveIfExists(id);
            SchedulingLog.TriggerUnscheduled(_logger, id);
        }
        foreach (var trigger in added)
        {
            var id = TriggerSchedules.RecurringJobId(trigger.DefinitionId, trigger.ActivityId);
            if (TriggerSchedules.TryGetCron(trigger.ActivityType, trigger.Stimulus, out var cron, out var problem))
            {
                TriggerSchedules.AddOrUpdate(recurring, trigger.DefinitionId, trigger.ActivityId, cron);
                SchedulingLog.TriggerScheduled(_logger, id, cron);
            }
            else
            {
                // A version whose trigger cannot be scheduled must not leave the previous version's schedule running.
                recurring.RemoveIfExists(id);
                SchedulingLog.TriggerNotSchedulable(_logger, trigger.DefinitionId, trigger.ActivityId, problem ?? "");
            }
        }
        return ValueTask.CompletedTask;
    }
}

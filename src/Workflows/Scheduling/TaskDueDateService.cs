using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Serialization;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// Moves the due date of an open task: the bookmark's <see cref="HumanTaskSpec.DueOn"/> (in its row and in the
/// instance snapshot), <c>tasks.due_on</c> and a <see cref="SchedulingJournalEvents.TaskDueDateChanged"/> journal
/// entry change in one transaction; then the reminder job is rescheduled. Reminders due before the change are not
/// sent late; the next one follows the new date.
/// </summary>
public sealed class TaskDueDateService(
    IDbContextFactory<SupervisionDbContext> contexts,
    InstanceWrites writes,
    ITaskScheduling scheduling,
    IWorkCalendarProvider calendars,
    TimeProvider clock)
{
    /// <summary>
    /// Sets the task's due date (rolled forward to a working day, Civil Code 2015 art. 148) and returns it.
    /// Throws <see cref="WorkflowConflictException"/> (<see cref="ConflictReason.BookmarkNotOpen"/>) when the task is not open.
    /// </summary>
    public async Task<DateOnly> ChangeDueDateAsync(string taskId, DateOnly dueOn, string? actor = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var rolled = calendars.GetCalendar().RollForward(dueOn);
        string? instanceId;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            instanceId = await db.Bookmarks.AsNoTracking().Where(b => b.Id == taskId && b.Name == HumanTaskSpec.BookmarkName).Select(b => b.InstanceId).FirstOrDefaultAsync(cancellationToken);
        if (instanceId is null)
            throw NotOpen(taskId);

        var changed = await writes.CommitAsync(instanceId, async (db, instance, ct) =>
        {
            var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == taskId, ct);
            var bookmark = await db.Bookmarks.FirstOrDefaultAsync(b => b.Id == taskId, ct);
            if (task is null || bookmark?.Payload is null || task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
                throw NotOpen(taskId);
            var spec = HumanTaskSpec.FromJson(JsonNode.Parse(bookmark.Payload));
            if (spec.DueOn == rolled && task.DueOn == rolled)
                return new InstanceWrite<bool>([], false);

            var payload = (spec with { DueOn = rolled }).ToJson();
            bookmark.Payload = payload.ToJsonString();
            task.DueOn = rolled;
            task.Spec = bookmark.Payload;
            // The snapshot carries the payload too: the activity reads it back when the task completes.
            var state = WorkflowStateSerializer.Deserialize(instance.Snapshot);
            if (state.FindBookmark(taskId) is { } open)
            {
                open.Payload = (JsonObject)payload.DeepClone();
                instance.Snapshot = WorkflowStateSerializer.Serialize(state);
            }
            var now = clock.GetUtcNow();
            DomainProjector.RecordDueDateChange(db, instanceId, bookmark.ActivityId, bookmark.ActivityType, spec, rolled, reason, actor, JournalChain.Normalize(now));
            var from = spec.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = rolled.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var entry = new JournalEntry(now, SchedulingJournalEvents.TaskDueDateChanged, bookmark.ActivityId, bookmark.ActivityType,
                $"{spec.Title}: {from ?? "-"} → {to}", actor, new JsonObject
                {
                    ["taskId"] = taskId,
                    ["from"] = from,
                    ["to"] = to,
                    ["reason"] = reason,
                });
            return new InstanceWrite<bool>([entry], true);
        }, cancellationToken);

        if (changed)
            await scheduling.RescheduleAsync(taskId, cancellationToken);
        return rolled;
    }

    private static WorkflowConflictException NotOpen(string taskId) =>
        new(ConflictReason.BookmarkNotOpen, $"Task '{taskId}' is not open: it was completed, cancelled or never existed.", bookmarkId: taskId);
}

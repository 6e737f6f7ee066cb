using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// Moves the due date of an open task: the bookmark's <see cref="HumanTaskSpec.DueOn"/> (in its row and in the
/// instance snapshot), <c>tasks.due_on</c>, the work task behind it and a
/// <see cref="SchedulingJournalEvents.TaskDueDateChanged"/> journal entry change in one burst, committed in one
/// transaction; then the reminder job is rescheduled. Reminders due before the change are not sent late; the next
/// one follows the new date. The HTTP API and the scheduling both move due dates through here.
/// </summary>
public sealed class TaskDueDateService(
    IDbContextFactory<SupervisionDbContext> contexts,
    IWorkflowRuntime runtime,
    ITaskScheduling scheduling,
    IWorkCalendarProvider calendars)
{
    /// <summary>
    /// Sets the task's due date (rolled forward to a working day, Civil Code 2015 art. 148) and returns it.
    /// Throws <see cref="WorkflowConflictException"/> (<see cref="ConflictReason.BookmarkNotOpen"/>) when the task is not open.
    /// </summary>
    public async Task<DateOnly> ChangeDueDateAsync(string taskId, DateOnly dueOn, string? actor = null, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        var rolled = calendars.GetCalendar().RollForward(dueOn);
        DateOnly? current;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var task = await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.Status, t.DueOn }).FirstOrDefaultAsync(cancellationToken);
            if (task is null || task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
                throw NotOpen(taskId);
            current = task.DueOn;
        }
        if (current == rolled)
            return rolled;

        var from = current?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = rolled.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var message = string.IsNullOrWhiteSpace(reason) ? $"{from ?? "-"} → {to}" : $"{from ?? "-"} → {to}: {reason}";
        await runtime.UpdateBookmarkPayloadAsync(taskId, payload =>
        {
            payload["dueOn"] = to;
            return payload;
        }, SchedulingJournalEvents.TaskDueDateChanged, message, actor, cancellationToken,
            new JsonObject { ["taskId"] = taskId, ["from"] = from, ["to"] = to, ["reason"] = reason });
        await scheduling.RescheduleAsync(taskId, cancellationToken);
        return rolled;
    }

    private static WorkflowConflictException NotOpen(string taskId) =>
        new(ConflictReason.BookmarkNotOpen, $"Task '{taskId}' is not open: it was completed, cancelled or never existed.", bookmarkId: taskId);
}

using FluentValidation;
using System.Globalization;
using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;

namespace Supervision.Api.Features.Tasks.ChangeDueDate;

/// <summary>Moves a live task's due date (an extension, or a correction), with a reason; reminders follow.</summary>
public sealed record ChangeDueDate(string TaskId, DateOnly? DueOn, string? Reason) : IRequest<TaskSummary>;

internal sealed class ChangeDueDateHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, IWorkflowRuntime runtime, ITaskReminderScheduler reminders,
    DbOrgDirectory directory, IWorkCalendarProvider calendars, TimeProvider clock) : IRequestHandler<ChangeDueDate, TaskSummary>
{
    public async ValueTask<TaskSummary> Handle(ChangeDueDate request, CancellationToken cancellationToken)
    {
        var (task, scope) = await access.LoadAsync(request.TaskId, current.User, tracking: true, cancellationToken);
        if (task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
            throw new ConflictException($"The task is already {task.Status.ToLowerInvariant()}.");
        var calendar = calendars.GetCalendar();
        // A due date on a day off ends on the next working day (Civil Code 2015, art. 148).
        var dueOn = calendar.RollForward(request.DueOn!.Value);
        var text = dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await runtime.UpdateBookmarkPayloadAsync(task.Id, payload =>
        {
            payload["dueOn"] = text;
            return payload;
        }, SchedulingJournalEvents.TaskDueDateChanged, $"{task.DueOn:yyyy-MM-dd} → {text}: {request.Reason}", current.User.UserName, cancellationToken,
            new JsonObject { ["taskId"] = task.Id, ["from"] = task.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["to"] = text, ["reason"] = request.Reason });

        task.DueOn = dueOn;
        var spec = JsonNode.Parse(task.Spec)!.AsObject();
        spec["dueOn"] = text;
        task.Spec = spec.ToJsonString();
        task.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        await reminders.RescheduleAsync(task.Id, cancellationToken);
        return TaskMapping.Summary(task, clock.GetUtcNow(), calendar, id => id is null ? null : directory.Find(id)?.NameVi, TaskAccess.CanAct(task, scope));
    }
}

internal sealed class ChangeDueDateValidator : FluentValidation.AbstractValidator<ChangeDueDate>
{
    public ChangeDueDateValidator(TimeProvider clock)
    {
        RuleFor(r => r.DueOn).NotNull().WithMessage("Give the new due date.")
            .Must(d => d is null || d >= WorkCalendar.ToLocalDate(clock.GetUtcNow())).WithMessage("The new due date is in the past.");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the due date changes.").MaximumLength(1000);
    }
}

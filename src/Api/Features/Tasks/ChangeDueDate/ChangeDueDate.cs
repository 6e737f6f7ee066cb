using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Scheduling;

namespace Supervision.Api.Features.Tasks.ChangeDueDate;

/// <summary>Moves a live task's due date (an extension, or a correction), with a reason; reminders follow.</summary>
public sealed record ChangeDueDate(string TaskId, DateOnly? DueOn, string? Reason) : IRequest<TaskSummary>;

internal sealed class ChangeDueDateHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, TaskDueDateService dueDates,
    DbOrgDirectory directory, DeadlineClock deadlines) : IRequestHandler<ChangeDueDate, TaskSummary>
{
    public async ValueTask<TaskSummary> Handle(ChangeDueDate request, CancellationToken cancellationToken)
    {
        var (task, scope) = await access.LoadAsync(request.TaskId, current.User, tracking: false, cancellationToken);
        if (task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
            throw new ConflictException($"The task is already {task.Status.ToLowerInvariant()}.");
        // The bookmark, the snapshot, the task's row, its work task and the journal move in one commit; then the reminders.
        await dueDates.ChangeDueDateAsync(task.Id, request.DueOn!.Value, current.User.UserName, request.Reason, cancellationToken);
        var moved = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == task.Id, cancellationToken);
        return TaskMapping.Summary(moved, deadlines.Today(), directory, scope);
    }
}

internal sealed class ChangeDueDateValidator : FluentValidation.AbstractValidator<ChangeDueDate>
{
    public ChangeDueDateValidator(TimeProvider clock)
    {
        RuleFor(r => r.DueOn).NotNull().WithMessage("Give the new due date.")
            .Must(d => d is null || d >= WorkCalendar.ToLocalDate(clock.GetUtcNow())).WithMessage("The new due date is in the past.")
            .WithinCalendar();
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the due date changes.").MaximumLength(1000).NoControlCharacters(multiLine: true);
    }
}

using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.Tasks.ReassignTask;

/// <summary>Gives a task to another person, or to a role in a unit (supervisors and administrators; a reason is required).</summary>
public sealed record ReassignTask(string TaskId, string? UserName, string? Role, string? UnitId, string? Reason) : IRequest<TaskSummary>;

internal sealed class ReassignTaskHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, IWorkflowRuntime runtime, DbOrgDirectory directory,
    DeadlineClock deadlines) : IRequestHandler<ReassignTask, TaskSummary>
{
    public async ValueTask<TaskSummary> Handle(ReassignTask request, CancellationToken cancellationToken)
    {
        var (task, scope) = await access.LoadAsync(request.TaskId, current.User, tracking: false, cancellationToken);
        if (task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
            throw new ConflictException($"The task is already {task.Status.ToLowerInvariant()}.");
        if (request.UserName is not null && !await db.Users.AnyAsync(u => u.UserName == request.UserName && !u.IsDisabled, cancellationToken))
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("userName", $"User '{request.UserName}' does not exist or is disabled.")]);
        if (request.UnitId is not null && directory.Find(request.UnitId) is null)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("unitId", $"Unit '{request.UnitId}' does not exist.")]);

        var assignee = new TaskAssignee { UserName = request.UserName, Role = request.Role, UnitId = request.UnitId ?? task.AssigneeUnitId };
        // The bookmark, the snapshot, the task's row (open to the new assignee) and the journal change in one commit.
        await runtime.UpdateBookmarkPayloadAsync(task.Id, payload =>
        {
            payload["assignee"] = JsonSerializer.SerializeToNode(assignee, HumanTaskSpec.JsonOptions);
            return payload;
        }, HumanJournalEvents.TaskReassigned, $"{assignee}: {request.Reason}", current.User.UserName, cancellationToken);
        task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == task.Id, cancellationToken);
        return TaskMapping.Summary(task, deadlines.Today(), id => id is null ? null : directory.Find(id)?.NameVi, TaskAccess.CanAct(task, scope));
    }
}

internal sealed class ReassignTaskValidator : FluentValidation.AbstractValidator<ReassignTask>
{
    public ReassignTaskValidator()
    {
        RuleFor(r => r).Must(r => r.UserName is not null || r.Role is not null).WithName("userName").WithMessage("Give a user, or a role (in a unit).");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the task is reassigned.").MaximumLength(1000);
    }
}

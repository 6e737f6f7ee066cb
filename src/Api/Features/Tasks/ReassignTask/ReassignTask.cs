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
        var unitId = task.AssigneeUnitId;
        if (request.UnitId is not null)
            unitId = (directory.Find(request.UnitId) ?? throw Invalid("unitId", $"Unit '{request.UnitId}' does not exist.")).Id;
        var assignee = new TaskAssignee { UserName = request.UserName, Role = request.Role, UnitId = unitId };
        await EnsureSomeoneCanActAsync(TaskAccess.HandedTo(task, assignee), cancellationToken);

        // The bookmark, the snapshot, the task's row (open to the new assignee) and the journal change in one commit.
        await runtime.UpdateBookmarkPayloadAsync(task.Id, payload =>
        {
            payload["assignee"] = JsonSerializer.SerializeToNode(assignee, HumanTaskSpec.JsonOptions);
            return payload;
        }, HumanJournalEvents.TaskReassigned, $"{assignee}: {request.Reason}", current.User.UserName, cancellationToken);
        task = await db.Tasks.AsNoTracking().FirstAsync(t => t.Id == task.Id, cancellationToken);
        return TaskMapping.Summary(task, deadlines.Today(), directory, scope);
    }

    /// <summary>
    /// Refuses an assignee nobody could act for: a person whose account does not act on tasks (a viewer, a designer),
    /// or a role in a unit that no one who acts on tasks holds there or above, and no officer of the unit could take.
    /// </summary>
    private async Task EnsureSomeoneCanActAsync(TaskRecord handed, CancellationToken cancellationToken)
    {
        if (handed.AssigneeUser is { } userName)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName && !u.IsDisabled, cancellationToken)
                ?? throw Invalid("userName", $"User '{userName}' does not exist or is disabled.");
            if (!TaskAccess.Works(user))
                throw Invalid("userName", $"'{userName}' cannot act on tasks: only unit officers, supervisors and administrators do.");
            if (!await access.ReachesAsync(user, handed, cancellationToken))
            {
                throw Invalid("userName", $"'{userName}' works outside the task's unit ('{handed.UnitId ?? handed.AssigneeUnitId}'): "
                    + "a task goes by name only to someone of that unit or a unit above it, someone who holds a role there, or a supervisor.");
            }
            if (!await access.CouldActAsync(user, handed, cancellationToken))
                throw Invalid("userName", $"'{userName}' could not act on this task.");
            return;
        }
        if (handed.AssigneeUnitId is null)
            throw Invalid("unitId", "Name the unit (unitId).");
        if (!await access.AnyoneCouldActAsync(handed, cancellationToken))
        {
            throw Invalid("role", $"Nobody could act on the task as {handed.AssigneeRole} in '{handed.AssigneeUnitId}': no one who acts on tasks holds that role there or in a unit above it, and no officer of the unit could take it.");
        }
    }

    private static FluentValidation.ValidationException Invalid(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}

internal sealed class ReassignTaskValidator : FluentValidation.AbstractValidator<ReassignTask>
{
    public ReassignTaskValidator()
    {
        RuleFor(r => r).Must(r => r.UserName is not null || r.Role is not null).WithName("userName").WithMessage("Give a user, or a role (in a unit).");
        RuleFor(r => r).Must(r => r.UserName is null || (r.Role is null && r.UnitId is null)).WithName("userName")
            .WithMessage("Give a person (userName), or a role in a unit (role, unitId), not both.");
        RuleFor(r => r.Role).Must(r => r is null || UnitRoles.All.Contains(r, StringComparer.Ordinal))
            .WithMessage($"The role is one of {string.Join(", ", UnitRoles.Acting)}.");
        RuleFor(r => r.Role).Must(r => r != nameof(Domain.Organisation.Role.Viewer))
            .WithMessage("A viewer reads tasks but does not act on them; give the task to a role that acts.");
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the task is reassigned.").MaximumLength(1000).NoControlCharacters(multiLine: true);
        RuleFor(r => r.UserName).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
    }
}

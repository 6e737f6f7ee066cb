using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.ClaimTask;

/// <summary>Takes a task (so colleagues see who works on it) or gives it back.</summary>
public sealed record ClaimTask(string TaskId, bool Release = false) : IRequest<string>;

internal sealed class ClaimTaskHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current) : IRequestHandler<ClaimTask, string>
{
    public async ValueTask<string> Handle(ClaimTask request, CancellationToken cancellationToken)
    {
        var (task, scope) = await access.LoadAsync(request.TaskId, current.User, tracking: true, cancellationToken);
        if (!TaskAccess.CanAct(task, scope))
            throw new ForbiddenException("You cannot act on this task.");
        var me = current.User.UserName;
        if (request.Release)
        {
            if (task.Status != TaskStatuses.Claimed || task.ClaimedBy != me)
                throw new ConflictException("You have not claimed this task.");
            task.Status = TaskStatuses.Open;
            task.ClaimedBy = null;
        }
        else
        {
            if (task.Status == TaskStatuses.Claimed && task.ClaimedBy != me)
                throw new ConflictException($"The task is already claimed by {task.ClaimedBy}.");
            if (task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
                throw new ConflictException($"The task is {task.Status.ToLowerInvariant()}.");
            task.Status = TaskStatuses.Claimed;
            task.ClaimedBy = me;
        }
        task.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else changed the task at the same time; reload it.");
        }
        return task.Status;
    }
}

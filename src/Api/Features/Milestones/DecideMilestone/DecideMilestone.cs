using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Milestones.ListMilestones;
using Supervision.Api.Features.Tasks;
using Supervision.Api.Features.Tasks.CompleteTask;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Milestones.DecideMilestone;

/// <summary>
/// Approves a milestone, or returns it with a comment saying what should change: completes its approval task with
/// that action, so the workflow goes on at once (the same rules as completing the task in the inbox).
/// </summary>
public sealed record DecideMilestone(string MilestoneId, bool Approve, string? Comment) : IRequest<MilestoneSummary>;

internal sealed class DecideMilestoneHandler(SupervisionDbContext db, IMediator mediator, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory,
    DeadlineClock deadlines) : IRequestHandler<DecideMilestone, MilestoneSummary>
{
    public async ValueTask<MilestoneSummary> Handle(DecideMilestone request, CancellationToken cancellationToken)
    {
        var kind = await db.Tasks.AsNoTracking().Where(t => t.Id == request.MilestoneId).Select(t => t.Kind).FirstOrDefaultAsync(cancellationToken);
        if (kind != MilestoneStatuses.Kind)
            throw new NotFoundException("Milestone", request.MilestoneId);
        var action = request.Approve ? MilestoneStatuses.ApproveAction : MilestoneStatuses.ReturnAction;
        await mediator.Send(new CompleteTask(request.MilestoneId, action, request.Comment, null), cancellationToken);
        var (task, scope) = await access.LoadAsync(request.MilestoneId, current.User, tracking: false, cancellationToken);
        return ListMilestonesHandler.Summary(task, scope, deadlines.Today(), directory);
    }
}

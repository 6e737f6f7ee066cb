using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Scheduling;

namespace Supervision.Api.Features.WorkTasks.GetWorkTask;

/// <summary>One work task. An id that names none is 404; one neither led nor assigned by the officer's units is 403.</summary>
public sealed record GetWorkTask(string Id) : IRequest<WorkTaskResponse>;

internal sealed class GetWorkTaskHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, DeadlineClock deadlines)
    : IRequestHandler<GetWorkTask, WorkTaskResponse>
{
    public async ValueTask<WorkTaskResponse> Handle(GetWorkTask request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.Id, out var id))
            throw new NotFoundException("Work task", request.Id);
        var row = await WorkTaskViews.WithInstance(db.WorkTasks.AsNoTracking().Where(t => t.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (row.Task is null)
            throw new NotFoundException("Work task", request.Id);
        if (!WorkTaskViews.Concerns(row.Task, UnitScope.For(current.User, directory).OrgUnitKeys(directory)))
            throw new ForbiddenException("This work task is neither led nor assigned by your unit.");
        return WorkTaskViews.Response(row.Task, row.InstanceId, await WorkTaskViews.PlanKeysAsync(db, cancellationToken), directory, deadlines,
            await WorkTaskViews.PeopleAsync(db, [row.Task], cancellationToken));
    }
}

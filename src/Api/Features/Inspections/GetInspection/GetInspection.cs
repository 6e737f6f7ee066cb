using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Inspections.GetInspection;

/// <summary>
/// One inspection with its findings, conclusion notice and remediation actions. As for a task, an id that names no
/// inspection is 404 and an inspection that does not target the officer's units is 403.
/// </summary>
public sealed record GetInspection(string Id) : IRequest<InspectionDetail>;

internal sealed class GetInspectionHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, TimeProvider clock, Tasks.TaskAccess access)
    : IRequestHandler<GetInspection, InspectionDetail>
{
    public async ValueTask<InspectionDetail> Handle(GetInspection request, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(request.Id, out var id))
            throw new NotFoundException("Inspection", request.Id);
        var row = await db.Inspections.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { Inspection = i, InstanceId = EF.Property<string?>(i, ProjectionColumns.WorkflowInstanceId) })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Inspection", request.Id);
        var visible = UnitScope.For(current.User, directory).OrgUnitKeys(directory);
        if (!InspectionViews.Concerns(row.Inspection, visible))
            throw new ForbiddenException("This inspection does not concern your unit.");
        var open = await RemediationActions.OpenTasksAsync(db, row.InstanceId, cancellationToken);
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        return InspectionViews.Detail(row.Inspection, row.InstanceId, visible, directory, clock.GetUtcNow(),
            await InspectionViews.PeopleAsync(db, row.Inspection, cancellationToken), action => RemediationActions.StepOf(action, open, scope));
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Reports.GetReport;

/// <summary>
/// One reporting obligation with every submission and every unit still owing; for an officer, those of their units
/// only, and an obligation their units do not owe is refused as a task of another unit is.
/// </summary>
public sealed record GetReport(string Id) : IRequest<ReportResponse>;

internal sealed class GetReportHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, Tasks.TaskAccess access) : IRequestHandler<GetReport, ReportResponse>
{
    public async ValueTask<ReportResponse> Handle(GetReport request, CancellationToken cancellationToken)
    {
        var found = Guid.TryParse(request.Id, out var id)
            ? await db.ReportingObligations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new { Obligation = o, InstanceId = EF.Property<string?>(o, ProjectionColumns.WorkflowInstanceId), EventKey = EF.Property<string?>(o, ProjectionColumns.WorkflowEventKey) })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        if (found is null)
            throw new NotFoundException("Report", request.Id);
        var units = UnitScope.For(current.User, directory).OrgUnitKeys(directory);
        if (units is not null && !found.Obligation.RequiredFromOrgUnitIds.Any(units.Contains))
            throw new ForbiddenException("This report is owed by other units.");
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        var views = await ReportViews.ReadAsync(db, [(found.Obligation, found.InstanceId, found.EventKey)], units, null, directory, scope, cancellationToken);
        return views[0];
    }
}

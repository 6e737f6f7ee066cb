using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Dashboard;
using Supervision.Api.Features.Plans.ListPlans;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Plans.GetPlan;

/// <summary>
/// One plan by its key: its figures in all and per unit, and the workflow instances that run it. A key that no
/// plan row and no task carries is 404; a plan an officer's units neither own nor have tasks in is 403.
/// </summary>
public sealed record GetPlan(string Id) : IRequest<PlanDetail>;

internal sealed class GetPlanHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, DashboardStatistics statistics)
    : IRequestHandler<GetPlan, PlanDetail>
{
    public async ValueTask<PlanDetail> Handle(GetPlan request, CancellationToken cancellationToken)
    {
        var key = request.Id;
        var recorded = (await PlanViews.RecordedAsync(db, cancellationToken)).GetValueOrDefault(key);
        var tasks = db.Tasks.AsNoTracking().Where(t => t.PlanId == key);
        if (recorded is null && !await tasks.AnyAsync(cancellationToken))
            throw new NotFoundException("Plan", key);

        var scope = UnitScope.For(current.User, directory);
        if (scope.Units is { } units)
        {
            tasks = tasks.Where(t => t.UnitId != null && units.Contains(t.UnitId));
            if (!PlanViews.OwnedWithin(recorded, scope.OrgUnitKeys(directory)) && !await tasks.AnyAsync(cancellationToken))
                throw new ForbiddenException("This plan is neither owned by nor assigned to your unit.");
        }

        var perUnit = await statistics.ComputeAsync(new PlanFilter(null, key, DashboardStatistics.ByUnit), cancellationToken);
        var instanceIds = await tasks.Select(t => t.InstanceId).Distinct().ToListAsync(cancellationToken);
        if (recorded?.InstanceId is { } recordedBy && scope.IsUnrestricted && !instanceIds.Contains(recordedBy))
            instanceIds.Add(recordedBy);
        var english = statistics.English;
        var instances = await db.Instances.AsNoTracking().Where(i => instanceIds.Contains(i.Id))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new PlanInstance(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status.ToString(), i.CreatedAt, i.FinishedAt,
                db.Definitions.Where(d => d.Id == i.DefinitionVersionId).Select(d => english ? d.NameEn ?? d.Name : d.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var summary = PlanViews.Summary(key, recorded, perUnit.Totals, statistics.English, directory);
        return new PlanDetail(summary, perUnit.Rows, instances);
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Planning;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;
using Supervision.Workflows.Scheduling;

namespace Supervision.Api.Features.WorkTasks.ListWorkTasks;

/// <summary>
/// Work tasks, earliest due first (those without a due date last): by lead unit (with the units under it), plan
/// key, status, due range and text in the code or title. An officer sees the work their units lead or assigned.
/// </summary>
public sealed record ListWorkTasks(string? UnitId, string? PlanId, string? Status, DateOnly? DueFrom, DateOnly? DueTo, string? Q, int? Page, int? PageSize)
    : IRequest<PageOf<WorkTaskResponse>>;

internal sealed class ListWorkTasksHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, DeadlineClock deadlines)
    : IRequestHandler<ListWorkTasks, PageOf<WorkTaskResponse>>
{
    public async ValueTask<PageOf<WorkTaskResponse>> Handle(ListWorkTasks request, CancellationToken cancellationToken)
    {
        var scope = UnitScope.For(current.User, directory);
        var tasks = WorkTaskViews.Visible(db.WorkTasks.AsNoTracking(), scope.OrgUnitKeys(directory));
        if (!string.IsNullOrEmpty(request.UnitId))
        {
            var leads = scope.OrgUnitKeys(directory, request.UnitId)!;
            tasks = tasks.Where(t => leads.Contains(t.LeadOrgUnitId));
        }
        if (!string.IsNullOrWhiteSpace(request.PlanId))
        {
            var plan = DomainKeys.Plan(request.PlanId.Trim());
            tasks = tasks.Where(t => t.PlanId == plan);
        }
        if (!string.IsNullOrEmpty(request.Status))
        {
            var status = Enum.Parse<WorkTaskStatus>(request.Status, ignoreCase: true);
            tasks = tasks.Where(t => t.Status == status);
        }
        if (request.DueFrom is { } from)
            tasks = tasks.Where(t => t.DueOn >= from);
        if (request.DueTo is { } to)
            tasks = tasks.Where(t => t.DueOn <= to);
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var text = request.Q.Trim();
            tasks = tasks.Where(t => t.Code.Contains(text) || t.TitleVi.Contains(text) || (t.TitleEn != null && t.TitleEn.Contains(text)));
        }

        var total = await tasks.CountAsync(cancellationToken);
        var page = await WorkTaskViews.WithInstance(tasks.OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.Id)
                .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize)))
            .ToListAsync(cancellationToken);
        var planKeys = await WorkTaskViews.PlanKeysAsync(db, cancellationToken);
        var people = await WorkTaskViews.PeopleAsync(db, page.Select(r => r.Task), cancellationToken);
        var items = page.Select(r => WorkTaskViews.Response(r.Task, r.InstanceId, planKeys, directory, deadlines, people)).ToList();
        return new PageOf<WorkTaskResponse>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.WorkflowInstances.ListInstances;

/// <summary>
/// Instances, newest first, filtered by status, definition, correlation id and creation date (Hà Nội dates,
/// inclusive). An officer sees the instances that hold work of their units.
/// </summary>
public sealed record ListInstances(string? Status, string? DefinitionId, string? CorrelationId, DateOnly? CreatedFrom, DateOnly? CreatedTo, int? Page, int? PageSize)
    : IRequest<PageOf<InstanceSummaryResponse>>;

internal sealed class ListInstancesHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory) : IRequestHandler<ListInstances, PageOf<InstanceSummaryResponse>>
{
    public async ValueTask<PageOf<InstanceSummaryResponse>> Handle(ListInstances request, CancellationToken cancellationToken)
    {
        var rows = db.Instances.AsNoTracking();
        if (!string.IsNullOrEmpty(request.Status))
        {
            var status = Enum.Parse<WorkflowStatus>(request.Status, ignoreCase: true);
            rows = rows.Where(i => i.Status == status);
        }
        if (!string.IsNullOrEmpty(request.DefinitionId))
            rows = rows.Where(i => i.DefinitionId == request.DefinitionId);
        if (!string.IsNullOrEmpty(request.CorrelationId))
            rows = rows.Where(i => i.CorrelationId == request.CorrelationId);
        if (request.CreatedFrom is { } from)
        {
            var start = WorkCalendar.StartOfDay(from);
            rows = rows.Where(i => i.CreatedAt >= start);
        }
        if (request.CreatedTo is { } to)
        {
            var end = WorkCalendar.EndOfDay(to);
            rows = rows.Where(i => i.CreatedAt < end);
        }
        if (UnitScope.For(current.User, directory).Units is { } units)
            rows = rows.Where(i => db.Tasks.Any(t => t.InstanceId == i.Id && t.UnitId != null && units.Contains(t.UnitId)));

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersionId, i.DefinitionVersion, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt })
            .ToListAsync(cancellationToken);
        var versionIds = page.Select(i => i.DefinitionVersionId).Distinct().ToList();
        var english = current.User.PrefersEnglish;
        var names = await db.Definitions.AsNoTracking().Where(d => versionIds.Contains(d.Id)).Select(d => new { d.Id, d.Name, d.NameEn })
            .ToDictionaryAsync(d => d.Id, d => english ? d.NameEn ?? d.Name : d.Name, cancellationToken);
        var items = page.Select(i => new InstanceSummaryResponse(i.Id, i.DefinitionId, names.GetValueOrDefault(i.DefinitionVersionId), i.DefinitionVersion, i.DefinitionVersionId,
            i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt)).ToList();
        return new PageOf<InstanceSummaryResponse>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}

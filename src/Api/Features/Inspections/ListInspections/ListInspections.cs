using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Inspections;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Inspections.ListInspections;

/// <summary>
/// Inspections and supervisions, those started latest first and proposals (no start yet) last. Filters: an inspected
/// unit (or a unit under it), kinds, statuses, and a year or a date range of the start date (a proposal has none, so
/// a date filter leaves it out). An officer sees those that target their units, counting only the findings about them.
/// </summary>
public sealed record ListInspections(string? UnitId, string? Kind, string? Status, int? Year, DateOnly? From, DateOnly? To, int? Page, int? PageSize)
    : IRequest<PageOf<InspectionSummary>>;

internal sealed class ListInspectionsHandler(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory)
    : IRequestHandler<ListInspections, PageOf<InspectionSummary>>
{
    public async ValueTask<PageOf<InspectionSummary>> Handle(ListInspections request, CancellationToken cancellationToken)
    {
        var scope = UnitScope.For(current.User, directory);
        var visible = scope.OrgUnitKeys(directory);
        var rows = db.Inspections.AsNoTracking();
        if (visible is not null)
            rows = rows.Where(i => i.TargetOrgUnitIds.Any(t => visible.Contains(t)));
        if (!string.IsNullOrEmpty(request.UnitId))
        {
            var units = scope.OrgUnitKeys(directory, request.UnitId)!;
            rows = rows.Where(i => i.TargetOrgUnitIds.Any(t => units.Contains(t)));
        }
        if (EnumFilter.Parse<InspectionKind>(request.Kind) is { } kinds)
            rows = rows.Where(i => kinds.Contains(i.Kind));
        if (EnumFilter.Parse<InspectionStatus>(request.Status) is { } statuses)
            rows = rows.Where(i => statuses.Contains(i.Status));
        var (from, to) = request.Year is { } year ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)) : (request.From, request.To);
        if (from is { } first)
            rows = rows.Where(i => i.StartOn >= first);
        if (to is { } last)
            rows = rows.Where(i => i.StartOn <= last);

        var total = await rows.CountAsync(cancellationToken);
        var keys = await rows.OrderBy(i => i.StartOn == null).ThenByDescending(i => i.StartOn).ThenByDescending(i => i.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(i => new { i.Id, InstanceId = EF.Property<string?>(i, ProjectionColumns.WorkflowInstanceId) })
            .ToListAsync(cancellationToken);
        var ids = keys.Select(k => k.Id).ToList();
        // The page's rows without their findings and fixes: the list needs only the counts, which the database makes.
        var inspections = await db.Inspections.AsNoTracking().IgnoreAutoIncludes().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var findings = db.InspectionFindings.AsNoTracking().Where(f => ids.Contains(f.InspectionId));
        if (visible is not null)
            findings = findings.Where(f => visible.Contains(f.TargetOrgUnitId));
        var counts = (await findings.GroupBy(f => new { f.InspectionId, f.Type }).Select(g => new { g.Key.InspectionId, g.Key.Type, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToLookup(c => c.InspectionId, c => (c.Type, c.Count));

        var names = new Dictionary<Guid, UnitRef>();
        UnitRef Unit(Guid id) => names.TryGetValue(id, out var unit) ? unit : names[id] = UnitRef.Of(id, directory);
        var items = keys.Select(k => InspectionViews.Summary(inspections[k.Id], k.InstanceId, FindingCounts.Of(counts[k.Id]), Unit)).ToList();
        return new PageOf<InspectionSummary>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}

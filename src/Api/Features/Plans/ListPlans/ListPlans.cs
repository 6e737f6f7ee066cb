using Mediator;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Dashboard;
using Supervision.Api.Security;
using Supervision.Workflows.Human;

namespace Supervision.Api.Features.Plans.ListPlans;

/// <summary>
/// The plans the caller can follow, latest year first, each with its task figures: the plans recorded by their
/// workflows and any other plan key the tasks carry. An officer sees the plans their units own or have tasks in,
/// with the figures of their units' tasks. Filtered by unit (owned by it or the units under it, or with tasks
/// there), year, status and text (accents optional).
/// </summary>
public sealed record ListPlans(string? UnitId, int? Year, string? Status, string? Q, int? Page, int? PageSize) : IRequest<PageOf<PlanSummary>>;

internal sealed class ListPlansHandler(Supervision.Workflows.Persistence.SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, DashboardStatistics statistics)
    : IRequestHandler<ListPlans, PageOf<PlanSummary>>
{
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public async ValueTask<PageOf<PlanSummary>> Handle(ListPlans request, CancellationToken cancellationToken)
    {
        var scope = UnitScope.For(current.User, directory);
        var owners = scope.OrgUnitKeys(directory, request.UnitId);
        var figures = await statistics.ComputeAsync(new PlanFilter(request.UnitId, null), cancellationToken, onlyPlanned: true);
        var recorded = await PlanViews.RecordedAsync(db, cancellationToken);
        var english = statistics.English;

        var keys = figures.Rows.Where(r => r.Key.Length > 0).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        keys.UnionWith(recorded.Values.Where(p => PlanViews.OwnedWithin(p, owners)).Select(p => p.Key));
        var rows = figures.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var status = string.IsNullOrEmpty(request.Status) ? null : request.Status;
        var text = string.IsNullOrWhiteSpace(request.Q) ? null : SearchText.Fold(request.Q.Trim());

        var plans = keys
            .Select(key => PlanViews.Summary(key, recorded.GetValueOrDefault(key), rows.GetValueOrDefault(key), english, directory))
            .Where(p => request.Year is null || p.Year == request.Year)
            .Where(p => status is null || string.Equals(p.Status, status, StringComparison.OrdinalIgnoreCase))
            .Where(p => text is null || Names(p).Any(name => name is not null && SearchText.Fold(name).Contains(text, StringComparison.Ordinal)))
            .OrderByDescending(p => p.Year ?? int.MinValue)
            .ThenBy(p => p.Title, VietnameseOrder)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        // Either language's title finds a plan, whichever the reader sees; a plan without a row is titled by its key.
        IEnumerable<string?> Names(PlanSummary plan) => recorded.GetValueOrDefault(plan.Id)?.Plan is { } row ? [plan.Id, row.TitleVi, row.TitleEn] : [plan.Id];

        var page = plans.Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize)).ToList();
        return new PageOf<PlanSummary>(page, plans.Count, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}

/// <summary>The dashboard's filter for one plan, or for every plan, grouped as asked.</summary>
internal sealed record PlanFilter(string? UnitId, string? PlanId, string GroupBy = DashboardStatistics.ByPlan) : IStatisticsFilter
{
    public string? DefinitionId => null;
    public DateOnly? DueFrom => null;
    public DateOnly? DueTo => null;
}

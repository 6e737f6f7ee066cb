using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.FilterOptions;

/// <summary>What the inbox's unit and plan filters offer the user: the units they see (tree order) and the plans of the tasks they see.</summary>
public sealed record GetFilterOptions : IRequest<FilterOptionsResponse>;

public sealed record FilterUnit(string Id, string Code, string NameVi, string? NameEn, string? ParentId, int Depth);

/// <param name="Plans">The plan keys of the tasks the user sees.</param>
/// <param name="PlanTitles">The titles of those plans that their workflows recorded, by key (Vietnamese, and English when given).</param>
public sealed record FilterOptionsResponse(IReadOnlyList<FilterUnit> Units, IReadOnlyList<string> Plans, IReadOnlyDictionary<string, PlanTitle> PlanTitles);

public sealed record PlanTitle(string TitleVi, string? TitleEn);

internal sealed class GetFilterOptionsHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory)
    : IRequestHandler<GetFilterOptions, FilterOptionsResponse>
{
    public const int MaxPlans = 500;

    public async ValueTask<FilterOptionsResponse> Handle(GetFilterOptions request, CancellationToken cancellationToken)
    {
        var visible = UnitScope.For(current.User, directory);
        var units = directory.All();
        var children = units.ToLookup(u => u.ParentId ?? "", StringComparer.Ordinal);
        var ordered = new List<FilterUnit>();
        void Walk(string parent, int depth)
        {
            foreach (var unit in children[parent].OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                if (visible.Contains(unit.Id))
                    ordered.Add(new FilterUnit(unit.Id, unit.Code, unit.NameVi, unit.NameEn, unit.ParentId, depth));
                Walk(unit.Id, visible.Contains(unit.Id) ? depth + 1 : depth);
            }
        }
        Walk("", 0);

        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        var plans = await TaskAccess.VisibleParts(db.Tasks.AsNoTracking().Where(t => t.PlanId != null), scope)
            .Select(part => part.Select(t => t.PlanId!))
            .Aggregate(Queryable.Union)
            // One part (a user who sees every unit) is not a union: each plan once all the same.
            .Distinct()
            .OrderBy(p => p).Take(MaxPlans)
            .ToListAsync(cancellationToken);
        var recorded = await Plans.PlanViews.RecordedAsync(db, cancellationToken);
        var titles = plans.Where(recorded.ContainsKey).ToDictionary(key => key, key => new PlanTitle(recorded[key].Plan.TitleVi, recorded[key].Plan.TitleEn), StringComparer.Ordinal);
        return new FilterOptionsResponse(ordered, plans, titles);
    }
}

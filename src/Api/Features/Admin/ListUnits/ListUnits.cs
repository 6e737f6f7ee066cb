using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ListUnits;

/// <summary>The organisation as a tree; closed and superseded units only with <see cref="IncludeClosed"/>.</summary>
public sealed record ListUnits(bool IncludeClosed) : IRequest<IReadOnlyList<UnitNode>>;

internal sealed class ListUnitsHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<ListUnits, IReadOnlyList<UnitNode>>
{
    public async ValueTask<IReadOnlyList<UnitNode>> Handle(ListUnits request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var units = (await db.OrgUnits.AsNoTracking().ToListAsync(cancellationToken))
            .Where(u => request.IncludeClosed || Units.IsOpen(u, today))
            .ToList();
        var ids = units.Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var children = units.ToLookup(u => u.ParentId is { } parent && ids.Contains(parent) ? parent : "", StringComparer.Ordinal);
        return Build("");

        List<UnitNode> Build(string parent) =>
            children[parent].OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => UnitNode.From(u, today, Build(u.Id))).ToList();
    }
}

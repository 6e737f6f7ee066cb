using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.RenameUnit;

/// <summary>
/// Renames a unit (its id and code stay, so every record that names it still does). <see cref="NameEn"/> left out keeps
/// the English name; given blank, it clears it.
/// </summary>
public sealed record RenameUnit(string Id, string? NameVi, string? NameEn) : IRequest<UnitNode>, IAuditedCommand;

internal sealed class RenameUnitHandler(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock) : IRequestHandler<RenameUnit, UnitNode>
{
    public async ValueTask<UnitNode> Handle(RenameUnit request, CancellationToken cancellationToken)
    {
        var unit = await Units.FindAsync(db, request.Id, cancellationToken);
        unit.NameVi = request.NameVi!.Trim();
        // Left out, the English name stays; given blank, the unit has none any more.
        if (request.NameEn is not null)
            unit.NameEn = string.IsNullOrWhiteSpace(request.NameEn) ? null : request.NameEn.Trim();
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return UnitNode.From(unit, WorkCalendar.ToLocalDate(clock.GetUtcNow()));
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.CloseUnit;

/// <summary>Closes a unit from a date (its last day); it stays on record. Refused while units under it are open.</summary>
public sealed record CloseUnit(string Id, DateOnly? On) : IRequest<UnitNode>, IAuditedCommand;

internal sealed class CloseUnitHandler(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock) : IRequestHandler<CloseUnit, UnitNode>
{
    public async ValueTask<UnitNode> Handle(CloseUnit request, CancellationToken cancellationToken)
    {
        var unit = await Units.FindAsync(db, request.Id, cancellationToken);
        var on = request.On!.Value;
        if (unit.ValidTo is not null)
            throw new ConflictException($"Unit '{unit.Id}' is closed already (last day {unit.ValidTo:yyyy-MM-dd}).");
        if (on < unit.ValidFrom)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("on", $"The unit exists only from {unit.ValidFrom:yyyy-MM-dd}.")]);
        var openChildren = await db.OrgUnits.Where(u => u.ParentId == unit.Id && (u.ValidTo == null || u.ValidTo > on)).Select(u => u.Id).ToListAsync(cancellationToken);
        if (openChildren.Count > 0)
            throw new ConflictException($"Units under '{unit.Id}' stay open after that date: {string.Join(", ", openChildren)}. Close or supersede them first.");
        unit.ValidTo = on;
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return UnitNode.From(unit, WorkCalendar.ToLocalDate(clock.GetUtcNow()));
    }
}

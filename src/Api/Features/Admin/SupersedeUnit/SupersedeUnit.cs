using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.SupersedeUnit;

/// <summary>
/// Replaces a unit by another (a merger or a reorganisation): the unit closes on <see cref="On"/>, records that
/// <see cref="ByUnitId"/> took over, and the units open under it move under the successor, all in one save.
/// </summary>
public sealed record SupersedeUnit(string Id, string? ByUnitId, DateOnly? On) : IRequest<UnitNode>, IAuditedCommand;

internal sealed class SupersedeUnitHandler(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock) : IRequestHandler<SupersedeUnit, UnitNode>
{
    public async ValueTask<UnitNode> Handle(SupersedeUnit request, CancellationToken cancellationToken)
    {
        var unit = await Units.FindAsync(db, request.Id, cancellationToken);
        var on = request.On!.Value;
        if (unit.ValidTo is not null)
            throw new ConflictException($"Unit '{unit.Id}' is closed already (last day {unit.ValidTo:yyyy-MM-dd}).");
        if (on < unit.ValidFrom)
            throw Invalid("on", $"The unit exists only from {unit.ValidFrom:yyyy-MM-dd}.");
        var successor = await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == request.ByUnitId, cancellationToken)
            ?? throw Invalid("byUnitId", $"Unit '{request.ByUnitId}' does not exist.");
        if (!Units.IsOpen(successor, on.AddDays(1)))
            throw Invalid("byUnitId", $"Unit '{successor.Id}' is not open the day after {on:yyyy-MM-dd} to take over.");
        if (directory.Subtree(unit.Id).Contains(successor.Id))
            throw Invalid("byUnitId", "A unit cannot be taken over by itself or by a unit under it.");

        var children = await db.OrgUnits.Where(u => u.ParentId == unit.Id && (u.ValidTo == null || u.ValidTo > on)).ToListAsync(cancellationToken);
        foreach (var child in children)
            child.ParentId = successor.Id;
        unit.ValidTo = on;
        unit.SupersededById = successor.Id;
        await db.SaveChangesAsync(cancellationToken);
        directory.Invalidate();
        return UnitNode.From(unit, WorkCalendar.ToLocalDate(clock.GetUtcNow()));
    }

    private static FluentValidation.ValidationException Invalid(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}

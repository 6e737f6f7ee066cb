using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.AddRoleAssignment;

/// <summary>Gives a user a role in a unit for a period (from today when no start is given), possibly as a delegate.</summary>
public sealed record AddRoleAssignment(string? UserName, string? UnitId, string? Role, DateOnly? ValidFrom, DateOnly? ValidTo, string? DelegatedFromUserName)
    : IRequest<RoleAssignmentResponse>, IAuditedCommand;

internal sealed class AddRoleAssignmentHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<AddRoleAssignment, RoleAssignmentResponse>
{
    public async ValueTask<RoleAssignmentResponse> Handle(AddRoleAssignment request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var from = request.ValidFrom ?? today;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == request.UserName, cancellationToken) ?? throw Invalid("userName", $"User '{request.UserName}' does not exist.");
        var unit = await db.OrgUnits.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId, cancellationToken) ?? throw Invalid("unitId", $"Unit '{request.UnitId}' does not exist.");
        if (!Units.IsOpen(unit, from))
            throw Invalid("unitId", $"Unit '{unit.Id}' is not open on {from:yyyy-MM-dd}.");
        string? delegatedFrom = null;
        if (!string.IsNullOrEmpty(request.DelegatedFromUserName))
        {
            delegatedFrom = await db.Users.AsNoTracking().Where(u => u.UserName == request.DelegatedFromUserName).Select(u => u.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw Invalid("delegatedFromUserName", $"User '{request.DelegatedFromUserName}' does not exist.");
        }
        var to = request.ValidTo;
        var overlapping = await db.RoleAssignments.AnyAsync(a => a.UserId == user.Id && a.UnitId == unit.Id && a.Role == request.Role
            && (a.ValidTo == null || a.ValidTo >= from) && (to == null || a.ValidFrom <= to), cancellationToken);
        if (overlapping)
            throw new ConflictException($"'{user.UserName}' already holds {request.Role} in {unit.Id} for part of that period.");
        var assignment = new RoleAssignmentRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            UserId = user.Id,
            UnitId = unit.Id,
            Role = request.Role!,
            ValidFrom = from,
            ValidTo = to,
            DelegatedFromUserId = delegatedFrom,
        };
        db.RoleAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return await Assignments.ToResponseAsync(db, assignment, today, cancellationToken);
    }

    private static FluentValidation.ValidationException Invalid(string field, string message) =>
        new([new FluentValidation.Results.ValidationFailure(field, message)]);
}

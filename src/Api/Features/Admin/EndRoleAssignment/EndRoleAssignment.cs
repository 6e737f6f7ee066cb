using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.EndRoleAssignment;

/// <summary>Ends an assignment on a day (today when none is given); it stays on record.</summary>
public sealed record EndRoleAssignment(string Id, DateOnly? On) : IRequest<RoleAssignmentResponse>, IAuditedCommand;

internal sealed class EndRoleAssignmentHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<EndRoleAssignment, RoleAssignmentResponse>
{
    public async ValueTask<RoleAssignmentResponse> Handle(EndRoleAssignment request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var assignment = await db.RoleAssignments.FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken) ?? throw new NotFoundException("Role assignment", request.Id);
        var on = request.On ?? today;
        if (assignment.ValidTo is { } ended && ended <= on)
            throw new ConflictException($"The assignment ended already on {ended:yyyy-MM-dd}.");
        if (on < assignment.ValidFrom)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("on", $"The assignment starts on {assignment.ValidFrom:yyyy-MM-dd}.")]);
        assignment.ValidTo = on;
        await db.SaveChangesAsync(cancellationToken);
        return await Assignments.ToResponseAsync(db, assignment, today, cancellationToken);
    }
}

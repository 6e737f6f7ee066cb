using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ListRoleAssignments;

/// <summary>Role assignments by user, unit and role; with <see cref="ActiveOn"/>, only those in force that day.</summary>
public sealed record ListRoleAssignments(string? UserName, string? UnitId, string? Role, DateOnly? ActiveOn) : IRequest<IReadOnlyList<RoleAssignmentResponse>>;

internal sealed class ListRoleAssignmentsHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<ListRoleAssignments, IReadOnlyList<RoleAssignmentResponse>>
{
    private const int Limit = 1000;

    public async ValueTask<IReadOnlyList<RoleAssignmentResponse>> Handle(ListRoleAssignments request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var rows = from a in db.RoleAssignments.AsNoTracking()
                   join u in db.Users.AsNoTracking() on a.UserId equals u.Id
                   select new { Assignment = a, u.UserName };
        if (!string.IsNullOrEmpty(request.UserName))
            rows = rows.Where(r => r.UserName == request.UserName);
        if (!string.IsNullOrEmpty(request.UnitId))
            rows = rows.Where(r => r.Assignment.UnitId == request.UnitId);
        if (!string.IsNullOrEmpty(request.Role))
            rows = rows.Where(r => r.Assignment.Role == request.Role);
        if (request.ActiveOn is { } on)
            rows = rows.Where(r => r.Assignment.ValidFrom <= on && (r.Assignment.ValidTo == null || r.Assignment.ValidTo >= on));
        var found = await rows.OrderBy(r => r.Assignment.UnitId).ThenBy(r => r.Assignment.Role).ThenBy(r => r.UserName).Take(Limit).ToListAsync(cancellationToken);
        return await Assignments.ToResponsesAsync(db, found.Select(r => r.Assignment).ToList(), today, cancellationToken);
    }
}

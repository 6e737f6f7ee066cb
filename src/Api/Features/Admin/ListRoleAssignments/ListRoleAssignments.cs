using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ListRoleAssignments;

/// <summary>Role assignments by user, unit and role, a page at a time; with <see cref="ActiveOn"/>, only those in force that day.</summary>
public sealed record ListRoleAssignments(string? UserName, string? UnitId, string? Role, DateOnly? ActiveOn, int? Page = null, int? PageSize = null)
    : IRequest<PageOf<RoleAssignmentResponse>>;

internal sealed class ListRoleAssignmentsHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<ListRoleAssignments, PageOf<RoleAssignmentResponse>>
{
    public async ValueTask<PageOf<RoleAssignmentResponse>> Handle(ListRoleAssignments request, CancellationToken cancellationToken)
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
        var total = await rows.CountAsync(cancellationToken);
        var found = await rows.OrderBy(r => r.Assignment.UnitId).ThenBy(r => r.Assignment.Role).ThenBy(r => r.UserName).ThenBy(r => r.Assignment.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize)).ToListAsync(cancellationToken);
        var items = await Assignments.ToResponsesAsync(db, found.Select(r => r.Assignment).ToList(), today, cancellationToken);
        return new PageOf<RoleAssignmentResponse>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ListUsers;

/// <summary>Users by name (search ignores Vietnamese marks), unit and system role; disabled ones unless excluded.</summary>
public sealed record ListUsers(string? Search, string? UnitId, string? Role, bool? IncludeDisabled, int? Page, int? PageSize) : IRequest<PageOf<AdminUserResponse>>;

internal sealed class ListUsersHandler(SupervisionDbContext db, DbOrgDirectory directory) : IRequestHandler<ListUsers, PageOf<AdminUserResponse>>
{
    public async ValueTask<PageOf<AdminUserResponse>> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var rows = db.Users.AsNoTracking();
        if (!string.IsNullOrEmpty(request.UnitId))
            rows = rows.Where(u => u.UnitId == request.UnitId);
        if (request.IncludeDisabled == false)
            rows = rows.Where(u => !u.IsDisabled);
        var users = (await rows.OrderBy(u => u.UserName).ToListAsync(cancellationToken))
            .Where(u => string.IsNullOrEmpty(request.Role) || u.RoleList().Contains(request.Role, StringComparer.Ordinal))
            .Where(u => VietnameseText.Matches(request.Search, u.UserName, u.DisplayName, u.Email))
            .ToList();
        var page = users.Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .Select(u => Users.ToResponse(u, directory)).ToList();
        return new PageOf<AdminUserResponse>(page, users.Count, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }
}

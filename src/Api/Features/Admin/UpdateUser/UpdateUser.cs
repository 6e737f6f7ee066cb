using Mediator;
using Supervision.Api.Features.Admin.CreateUser;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.UpdateUser;

/// <summary>
/// Sets a user's system roles and unit (always) and display name, e-mail and locale (when given; an empty e-mail clears
/// it). A change of roles or unit refuses the tokens the user holds (a new security stamp), so it applies from the next
/// request on, after signing in again; the other settings apply from the next sign-in.
/// </summary>
public sealed record UpdateUser(string UserName, string? DisplayName, string? Email, IReadOnlyList<string>? Roles, string? UnitId, string? Locale) : IRequest<AdminUserResponse>, IAuditedCommand;

internal sealed class UpdateUserHandler(SupervisionDbContext db, DbOrgDirectory directory, CurrentUserAccessor current, TokenRevocations revocations, TimeProvider clock) : IRequestHandler<UpdateUser, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(UpdateUser request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var user = await Users.FindAsync(db, request.UserName, cancellationToken);
        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (user.RoleList().Contains(Security.Roles.Admin) && !roles.Contains(Security.Roles.Admin))
        {
            if (user.UserName == current.User.UserName)
                throw new ConflictException("You cannot take the Admin role from yourself; ask another administrator.");
            await Users.EnsureAnotherAdminAsync(db, user, cancellationToken);
        }
        await UserRules.EnsureOpenUnitAsync(db, request.UnitId, today, cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.DisplayName))
            user.DisplayName = request.DisplayName.Trim();
        if (request.Email is not null)
            user.Email = request.Email.Trim().Length == 0 ? null : request.Email.Trim();
        var unitId = string.IsNullOrWhiteSpace(request.UnitId) ? null : request.UnitId;
        var revoke = !user.RoleList().ToHashSet(StringComparer.Ordinal).SetEquals(roles) || unitId != user.UnitId;
        user.Roles = string.Join(',', roles);
        user.UnitId = unitId;
        user.Locale = request.Locale ?? user.Locale;
        if (revoke)
            user.SecurityStamp = UserRecord.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        if (revoke)
            revocations.Invalidate();
        return await Users.ToResponseAsync(db, directory, user, today, withAssignments: true, cancellationToken);
    }
}

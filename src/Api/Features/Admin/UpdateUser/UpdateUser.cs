using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Api.Features.Admin.CreateUser;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.UpdateUser;

/// <summary>
/// Sets a user's system roles and unit (always) and display name, e-mail and locale (when given; an empty e-mail clears
/// it). They apply from the user's next sign-in.
/// </summary>
public sealed record UpdateUser(string UserName, string? DisplayName, string? Email, IReadOnlyList<string>? Roles, string? UnitId, string? Locale) : IRequest<AdminUserResponse>, IAuditedCommand;

internal sealed class UpdateUserHandler(SupervisionDbContext db, CurrentUserAccessor current, TimeProvider clock) : IRequestHandler<UpdateUser, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(UpdateUser request, CancellationToken cancellationToken)
    {
        var today = WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var user = await Users.FindAsync(db, request.UserName, cancellationToken);
        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        if (Users.RolesOf(user).Contains(Security.Roles.Admin) && !roles.Contains(Security.Roles.Admin))
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
        user.Roles = string.Join(',', roles);
        user.UnitId = string.IsNullOrWhiteSpace(request.UnitId) ? null : request.UnitId;
        user.Locale = request.Locale ?? user.Locale;
        await db.SaveChangesAsync(cancellationToken);
        return await Users.ToResponseAsync(db, user, today, withAssignments: true, cancellationToken);
    }
}

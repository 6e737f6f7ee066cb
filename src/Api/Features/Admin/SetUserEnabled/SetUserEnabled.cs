using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.SetUserEnabled;

/// <summary>
/// Disables or enables a user. A disabled user cannot sign in, and a token issued before is refused from then on
/// (by another server process within <see cref="TokenRevocations.RefreshInterval"/>). Enabling also lifts a lockout and restarts the unused-account clock, which would disable the account
/// again at once otherwise. <see cref="Reason"/>, when given, is kept in the audit with the change.
/// </summary>
public sealed record SetUserEnabled(string UserName, bool Enabled, string? Reason = null) : IRequest<AdminUserResponse>, IAuditedCommand;

internal sealed class SetUserEnabledHandler(SupervisionDbContext db, DbOrgDirectory directory, CurrentUserAccessor current, TokenRevocations revocations, TimeProvider clock) : IRequestHandler<SetUserEnabled, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(SetUserEnabled request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await Users.FindAsync(db, request.UserName, cancellationToken);
        if (request.Enabled)
        {
            user.IsDisabled = false;
            user.LockedUntil = null;
            user.FailedLogins = 0;
            // The unused-account clock starts again; the last sign-in stays what it was.
            user.EnabledAt = now;
        }
        else
        {
            if (user.UserName == current.User.UserName)
                throw new ConflictException("You cannot disable your own account.");
            if (user.RoleList().Contains(Security.Roles.Admin))
                await Users.EnsureAnotherAdminAsync(db, user, cancellationToken);
            user.IsDisabled = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        revocations.Invalidate();
        return await Users.ToResponseAsync(db, directory, user, WorkCalendar.ToLocalDate(now), withAssignments: false, cancellationToken);
    }
}

using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Microsoft.AspNetCore.Identity;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ResetPassword;

/// <summary>Sets a new password for a user (following the configured profile), lifts a lockout and refuses the tokens the user holds.</summary>
public sealed record ResetPassword(string UserName, string? NewPassword) : IRequest<bool>, IAuditedCommand;

internal sealed class ResetPasswordHandler(SupervisionDbContext db, TokenRevocations revocations, TimeProvider clock) : IRequestHandler<ResetPassword, bool>
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    public async ValueTask<bool> Handle(ResetPassword request, CancellationToken cancellationToken)
    {
        var user = await Users.FindAsync(db, request.UserName, cancellationToken);
        user.PasswordHash = Hasher.HashPassword(user, request.NewPassword!);
        user.HasDemoPassword = false;
        user.PasswordChangedAt = clock.GetUtcNow();
        user.FailedLogins = 0;
        user.LockedUntil = null;
        user.SecurityStamp = UserRecord.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        revocations.Invalidate();
        return true;
    }
}

using Mediator;
using Supervision.Api.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ResetPassword;

/// <summary>Sets a new password for a user (following the configured profile) and lifts a lockout.</summary>
public sealed record ResetPassword(string UserName, string? NewPassword) : IRequest<bool>, IAuditedCommand;

internal sealed class ResetPasswordHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<ResetPassword, bool>
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
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

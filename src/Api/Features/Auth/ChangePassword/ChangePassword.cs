using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Auth.ChangePassword;

/// <summary>Changes the signed-in user's password.</summary>
public sealed record ChangePassword(string? CurrentPassword, string? NewPassword) : IRequest<bool>;

internal sealed class ChangePasswordHandler(SupervisionDbContext db, CurrentUserAccessor current, TimeProvider clock) : IRequestHandler<ChangePassword, bool>
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    public async ValueTask<bool> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var userName = current.User.UserName;
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken) ?? throw new NotFoundException("User", userName);
        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword!) == PasswordVerificationResult.Failed)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("currentPassword", "The current password is wrong.")]);
        user.PasswordHash = Hasher.HashPassword(user, request.NewPassword!);
        user.HasDemoPassword = false;
        user.PasswordChangedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

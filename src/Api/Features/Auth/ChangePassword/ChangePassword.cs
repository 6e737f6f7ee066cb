using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Features.Auth.IssueToken;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Auth.ChangePassword;

/// <summary>
/// Changes the signed-in user's password. Every token the user holds is refused from then on (on other devices too);
/// the answer carries a fresh one for the session that made the change.
/// </summary>
public sealed record ChangePassword(string? CurrentPassword, string? NewPassword) : IRequest<TokenResponse>;

internal sealed class ChangePasswordHandler(SupervisionDbContext db, CurrentUserAccessor current, TokenService tokens, TokenRevocations revocations, TwoStepSignIn twoStep, TimeProvider clock,
    DbOrgDirectory directory)
    : IRequestHandler<ChangePassword, TokenResponse>
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();

    public async ValueTask<TokenResponse> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        var userName = current.User.UserName;
        var user = await Admin.Users.FindAsync(db, userName, cancellationToken);
        if (Hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword!) == PasswordVerificationResult.Failed)
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("currentPassword", "The current password is wrong.")]);
        user.PasswordHash = Hasher.HashPassword(user, request.NewPassword!);
        user.HasDemoPassword = false;
        user.PasswordChangedAt = clock.GetUtcNow();
        user.SecurityStamp = UserRecord.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        revocations.Invalidate();
        // The session that changed the password keeps the way it signed in.
        return UserResponses.SignedIn(tokens, twoStep, directory, user, withCode: current.Principal.HasClaim(TwoStepSignIn.MethodsClaim, TwoStepSignIn.CodeMethod));
    }
}

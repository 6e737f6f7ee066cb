using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OtpNet;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Auth.IssueToken;

/// <summary>Signs in: user name, password and, when enrolled, a TOTP code.</summary>
public sealed record IssueToken(string? UserName, string? Password, string? Totp) : IRequest<TokenResponse>;

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, UserResponse User);

/// <param name="TotpRequired">True for an administrator who must sign in with a one-time code to administer.</param>
public sealed record UserResponse(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? UnitId, string? UnitName, string? UnitNameEn, string Locale, bool HasDemoPassword,
    bool TotpEnrolled, bool TotpRequired);

/// <summary>Wrong credentials, a locked or disabled account: 401 with the reason (and the field, for the one-time code).</summary>
public sealed class SignInFailedException(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

internal sealed class IssueTokenHandler(SupervisionDbContext db, TokenService tokens, TwoStepSignIn twoStep, DbOrgDirectory directory, IOptions<AuthOptions> options, TimeProvider clock) : IRequestHandler<IssueToken, TokenResponse>
{
    private static readonly PasswordHasher<UserRecord> Hasher = new();
    private static readonly string DummyHash = Hasher.HashPassword(new UserRecord(), Guid.NewGuid().ToString());

    public async ValueTask<TokenResponse> Handle(IssueToken request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == request.UserName, cancellationToken);
        if (user is null)
        {
            // Same answer and similar work as a wrong password, so user names cannot be probed.
            Hasher.VerifyHashedPassword(new UserRecord(), DummyHash, request.Password!);
            throw new SignInFailedException("The user name or password is wrong.");
        }
        if (user.IsDisabled)
            throw new SignInFailedException("This account is disabled; ask an administrator.");
        if (user.LockedUntil is { } locked && locked > now)
            throw new SignInFailedException($"This account is locked after {settings.MaxFailedLogins} failed sign-ins until {locked:HH:mm} UTC.");
        if (now - user.UnusedSince() > settings.DisableUnusedAfter)
        {
            user.IsDisabled = true;
            await db.SaveChangesAsync(cancellationToken);
            throw new SignInFailedException($"This account was unused for more than {settings.DisableUnusedAfter.TotalDays:0} days and is now disabled; ask an administrator.");
        }

        var verified = Hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password!) != PasswordVerificationResult.Failed;
        // The right password without a code is no failed sign-in: the client asks for the code and comes back.
        if (verified && user.TotpSecret is not null && request.Totp is not { Length: > 0 })
            throw new SignInFailedException("A one-time code from the authenticator app is required.", "totp");
        var wrongCode = verified && user.TotpSecret is not null && !twoStep.Accepts(user, user.TotpSecret, request.Totp);
        if (!verified || wrongCode)
        {
            user.FailedLogins++;
            if (user.FailedLogins >= settings.MaxFailedLogins)
            {
                user.LockedUntil = now + settings.LockoutDuration;
                user.FailedLogins = 0;
            }
            await db.SaveChangesAsync(cancellationToken);
            throw wrongCode
                ? new SignInFailedException("The one-time code is wrong.", "totp")
                : new SignInFailedException("The user name or password is wrong.");
        }

        user.FailedLogins = 0;
        user.LockedUntil = null;
        user.LastLoginAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return UserResponses.SignedIn(tokens, twoStep, directory, user, withCode: user.TotpSecret is not null);
    }
}

internal static class UserResponses
{
    /// <summary>A fresh token for the user and the user as the answer shows them.</summary>
    public static TokenResponse SignedIn(TokenService tokens, TwoStepSignIn twoStep, DbOrgDirectory directory, UserRecord user, bool withCode)
    {
        var (token, expires) = tokens.Issue(user, withCode);
        return new TokenResponse(token, expires, For(user, twoStep, directory));
    }

    public static UserResponse For(UserRecord user, TwoStepSignIn twoStep, DbOrgDirectory directory)
    {
        var (unitName, unitNameEn) = directory.NamesOf(user.UnitId);
        return new UserResponse(user.UserName, user.DisplayName, user.RoleList(),
            user.UnitId, unitName, unitNameEn, user.Locale, user.HasDemoPassword, user.TotpSecret is not null, twoStep.RequiredFor(user));
    }
}

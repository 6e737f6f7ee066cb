using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using OtpNet;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>
/// The second factor: a time-based one-time code (RFC 6238) from an authenticator app. A token issued after a code was
/// checked carries the <c>amr</c> claim <c>otp</c>; while <see cref="AuthOptions.RequireTotpForAdmins"/> holds, only
/// such a token lets an administrator administer.
/// </summary>
public sealed class TwoStepSignIn(IOptions<AuthOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    public const string MethodsClaim = "amr";
    public const string PasswordMethod = "pwd";
    public const string CodeMethod = "otp";
    public const string Issuer = "Supervision";

    /// <summary>Why an administrator signed in without a code is refused.</summary>
    public const string AdministerWithCode = "Administrators must sign in with a one-time code; set up an authenticator app first.";

    /// <summary>Whether administrators need a code (configured, else in Production only).</summary>
    public bool RequiredForAdmins => options.Value.RequireTotpForAdmins ?? environment.IsProduction();

    public bool RequiredFor(UserRecord user) =>
        RequiredForAdmins && user.RoleList().Contains(Roles.Admin, StringComparer.Ordinal);

    /// <summary>True when the principal is an administrator who may administer (signed in with a code, or no code needed).</summary>
    public bool MayAdminister(ClaimsPrincipal user) => !RequiredForAdmins || user.HasClaim(MethodsClaim, CodeMethod);

    public static string NewSecret() => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(20));

    public static string UriFor(string userName, string secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(userName)}?secret={secret}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>
    /// Whether <paramref name="code"/> is the secret's code now (one step either side, for the clocks of phones) and newer
    /// than the last code the user used; if so, remembers its step on the user (the caller saves).
    /// </summary>
    public bool Accepts(UserRecord user, string secret, string? code)
    {
        if (code is not { Length: > 0 } given
            || !new Totp(Base32Encoding.ToBytes(secret)).VerifyTotp(clock.GetUtcNow().UtcDateTime, given.Trim(), out var step, VerificationWindow.RfcSpecifiedNetworkDelay)
            || step <= user.TotpLastStep)
            return false;
        user.TotpLastStep = step;
        return true;
    }
}

/// <summary>Administering needs a sign-in with a code while <see cref="TwoStepSignIn.RequiredForAdmins"/> holds.</summary>
public sealed class SignedInWithCodeRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement;

public sealed class SignedInWithCodeHandler(TwoStepSignIn twoStep) : Microsoft.AspNetCore.Authorization.AuthorizationHandler<SignedInWithCodeRequirement>
{
    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, SignedInWithCodeRequirement requirement)
    {
        if (twoStep.MayAdminister(context.User))
            context.Succeed(requirement);
        else
            context.Fail(new Microsoft.AspNetCore.Authorization.AuthorizationFailureReason(this, TwoStepSignIn.AdministerWithCode));
        return Task.CompletedTask;
    }
}

using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Auth.IssueToken;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Auth.TwoStep;

/// <summary>The secret of a set-up to enter in an authenticator app, as text and as an <c>otpauth:</c> link (for a QR code).</summary>
public sealed record TwoStepSetup(string Secret, string OtpauthUri);

/// <summary>Starts setting up two-step sign-in for the signed-in user: a new secret, kept until confirmed (a new set-up replaces it).</summary>
public sealed record SetUpTwoStep : IRequest<TwoStepSetup>;

/// <summary>
/// Confirms a set-up with a code from the app: the secret becomes the user's, every other session ends (a new security
/// stamp), and the answer carries a fresh token for this one, signed in with a code.
/// </summary>
public sealed record ConfirmTwoStep(string? Code) : IRequest<TokenResponse>;

/// <summary>Turns two-step sign-in off with a current code; refused to an administrator while administrators need it.</summary>
public sealed record DisableTwoStep(string? Code) : IRequest<bool>;

internal sealed class TwoStepHandlers(SupervisionDbContext db, CurrentUserAccessor current, TwoStepSignIn twoStep, TokenService tokens, TokenRevocations revocations,
    DbOrgDirectory directory)
    : IRequestHandler<SetUpTwoStep, TwoStepSetup>, IRequestHandler<ConfirmTwoStep, TokenResponse>, IRequestHandler<DisableTwoStep, bool>
{
    public async ValueTask<TwoStepSetup> Handle(SetUpTwoStep request, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(cancellationToken);
        user.TotpPendingSecret = TwoStepSignIn.NewSecret();
        await db.SaveChangesAsync(cancellationToken);
        return new TwoStepSetup(user.TotpPendingSecret, TwoStepSignIn.UriFor(user.UserName, user.TotpPendingSecret));
    }

    public async ValueTask<TokenResponse> Handle(ConfirmTwoStep request, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(cancellationToken);
        if (user.TotpPendingSecret is null)
            throw new ConflictException("Set up two-step sign-in first.");
        if (!twoStep.Accepts(user, user.TotpPendingSecret, request.Code))
            throw WrongCode();
        user.TotpSecret = user.TotpPendingSecret;
        user.TotpPendingSecret = null;
        user.SecurityStamp = UserRecord.NewSecurityStamp();
        await db.SaveChangesAsync(cancellationToken);
        revocations.Invalidate();
        return UserResponses.SignedIn(tokens, twoStep, directory, user, withCode: true);
    }

    public async ValueTask<bool> Handle(DisableTwoStep request, CancellationToken cancellationToken)
    {
        var user = await CurrentAsync(cancellationToken);
        if (user.TotpSecret is null)
            throw new ConflictException("Two-step sign-in is not on.");
        if (twoStep.RequiredFor(user))
            throw new ConflictException("Administrators must keep two-step sign-in.");
        if (!twoStep.Accepts(user, user.TotpSecret, request.Code))
            throw WrongCode();
        user.TotpSecret = null;
        user.TotpPendingSecret = null;
        user.TotpLastStep = null;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static ValidationException WrongCode() => new([new FluentValidation.Results.ValidationFailure("code", "The one-time code is wrong.")]);

    private Task<UserRecord> CurrentAsync(CancellationToken cancellationToken) => Admin.Users.FindAsync(db, current.User.UserName, cancellationToken);
}

internal sealed class ConfirmTwoStepValidator : AbstractValidator<ConfirmTwoStep>
{
    public ConfirmTwoStepValidator() => RuleFor(r => r.Code).NotEmpty().WithMessage("Enter the code the app shows.").MaximumLength(10);
}

internal sealed class DisableTwoStepValidator : AbstractValidator<DisableTwoStep>
{
    public DisableTwoStepValidator() => RuleFor(r => r.Code).NotEmpty().WithMessage("Enter the code the app shows.").MaximumLength(10);
}

using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Auth.ChangePassword;
using Supervision.Api.Features.Auth.IssueToken;
using Supervision.Api.Security;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Auth;

internal static class AuthEndpoints
{
    public const string TokenRateLimit = "token";

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Authentication");
        group.MapPost("/token", async Task<Ok<TokenResponse>> (IssueToken.IssueToken request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .AllowAnonymous()
            .RequireRateLimiting(TokenRateLimit)
            .WithSummary("Sign in with user name and password (and a TOTP code when enrolled); returns a short-lived bearer token.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/me", async Task<Results<Ok<UserResponse>, NotFound>> (CurrentUserAccessor current, SupervisionDbContext db, TwoStepSignIn twoStep, DbOrgDirectory directory, CancellationToken ct) =>
            {
                var userName = current.User.UserName;
                var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct);
                return user is null ? TypedResults.NotFound() : TypedResults.Ok(UserResponses.For(user, twoStep, directory));
            })
            .RequireAuthorization(Policies.Authenticated)
            .WithSummary("The signed-in user: roles, unit, language.");
        group.MapPut("/password", async Task<Ok<TokenResponse>> (ChangePassword.ChangePassword request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithSummary("Change the signed-in user's password; every token issued before is refused from then on, and the answer carries a new one.")
            .ProducesValidationProblem();
        group.MapPost("/totp/setup", async Task<Ok<TwoStep.TwoStepSetup>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new TwoStep.SetUpTwoStep(), ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithSummary("Start setting up two-step sign-in: a new secret for an authenticator app, as text and as an otpauth: link for a QR code.");
        group.MapPost("/totp/confirm", async Task<Ok<TokenResponse>> (TwoStep.ConfirmTwoStep request, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(request, ct)))
            .RequireAuthorization(Policies.Authenticated)
            .WithSummary("Confirm the set-up with a code from the app: two-step sign-in is on, other sessions end, and the answer carries a fresh token.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/totp/disable", async Task<NoContent> (TwoStep.DisableTwoStep request, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Authenticated)
            .WithSummary("Turn two-step sign-in off with a current code (administrators keep it while it is required).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>
/// Keeps in the administrative audit every attempt by a signed-in user who is not an administrator to use an
/// endpoint that needs the <see cref="Policies.Admin"/> policy (answered 403): who, when, which endpoint. The answer
/// itself is the framework's, except for an administrator signed in without the one-time code administering needs,
/// who is told so.
/// </summary>
public sealed class AuditedAuthorization(IServiceScopeFactory scopes, TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.Admin) == true)
        {
            // An administrator signed in without the code that administering needs: say so, the client can lead to set-up.
            var withoutCode = authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == TwoStepSignIn.AdministerWithCode) == true;
            var endpoint = context.GetEndpoint() as RouteEndpoint;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            db.AdminAudit.Add(AuditOutcomes.Record(clock, context.User.Identity?.Name ?? "(unknown)",
                $"{context.Request.Method} {endpoint?.RoutePattern.RawText ?? context.Request.Path.Value}",
                System.Text.Json.JsonSerializer.Serialize(new { path = context.Request.Path.Value }),
                AuditOutcomes.Refused, withoutCode ? TwoStepSignIn.AdministerWithCode : "Only administrators may do this."));
            await db.SaveChangesAsync(CancellationToken.None);
            if (withoutCode)
            {
                await ProblemDetailsExceptionHandler.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", TwoStepSignIn.AdministerWithCode);
                return;
            }
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

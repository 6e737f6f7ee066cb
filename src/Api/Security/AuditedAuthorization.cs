using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>
/// Keeps in the administrative audit every attempt by a signed-in user who is not an administrator to use an
/// endpoint that needs the <see cref="Policies.Admin"/> policy (answered 403): who, when, which endpoint. The answer
/// itself is the framework's.
/// </summary>
public sealed class AuditedAuthorization(IServiceScopeFactory scopes, TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.Admin) == true)
        {
            var endpoint = context.GetEndpoint() as RouteEndpoint;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
            db.AdminAudit.Add(new AdminAuditRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                At = clock.GetUtcNow(),
                Actor = context.User.Identity?.Name ?? "(unknown)",
                Action = $"{context.Request.Method} {endpoint?.RoutePattern.RawText ?? context.Request.Path.Value}",
                Details = System.Text.Json.JsonSerializer.Serialize(new { path = context.Request.Path.Value }),
                Outcome = AuditOutcomes.Refused,
                Reason = "Only administrators may do this.",
            });
            await db.SaveChangesAsync(CancellationToken.None);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}

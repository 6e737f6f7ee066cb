using System.Globalization;
using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http.HttpResults;
using Supervision.Api.Security;

namespace Supervision.Api.Scheduling;

/// <summary>The Hangfire dashboard, for administrators only.</summary>
public static class SchedulingEndpoints
{
    public const string DashboardPath = "/hangfire";

    /// <summary>The cookie that carries an administrator's token to the dashboard, which a browser opens without one.</summary>
    public const string SessionCookie = "supervision_dashboard";

    /// <summary>
    /// Maps the Hangfire dashboard at <c>/hangfire</c>, admitting only authenticated users in role <c>Admin</c>.
    /// Needs <c>AddSupervisionScheduling</c>, and <c>UseAuthentication</c> earlier in the pipeline.
    /// </summary>
    public static IEndpointConventionBuilder MapSchedulingDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            DashboardTitle = "Supervision · Hangfire",
            AppPath = "/",
            // Connection strings can carry passwords; the dashboard never shows them.
            DisplayStorageConnectionString = false,
        }, endpoints.ServiceProvider.GetRequiredService<JobStorage>());
    }

    /// <summary>
    /// <c>POST /api/auth/dashboard-session</c>: copies the administrator's bearer token into an HttpOnly cookie sent
    /// only to <c>/hangfire</c> (same site only, expiring with the token), so that the browser can open the dashboard.
    /// </summary>
    public static IEndpointConventionBuilder MapDashboardSession(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost("/api/auth/dashboard-session", Results<NoContent, UnauthorizedHttpResult> (HttpContext http) =>
            {
                var header = http.Request.Headers.Authorization.ToString();
                if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                    return TypedResults.Unauthorized(); // a session cookie does not make another one
                DateTimeOffset? expires = long.TryParse(http.User.FindFirst("exp")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var exp)
                    ? DateTimeOffset.FromUnixTimeSeconds(exp)
                    : null;
                http.Response.Cookies.Append(SessionCookie, header["Bearer ".Length..].Trim(), new CookieOptions
                {
                    HttpOnly = true,
                    Secure = http.Request.IsHttps,
                    SameSite = SameSiteMode.Strict,
                    Path = DashboardPath,
                    Expires = expires,
                });
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithTags("Authentication")
            .WithSummary("Let this browser open the Hangfire dashboard at /hangfire for as long as the caller's token lasts (administrators).")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>The dashboard's session cookie as the bearer token of a request to the dashboard that carries no other.</summary>
    public static string? TokenFromSessionCookie(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments(DashboardPath, StringComparison.OrdinalIgnoreCase) && string.IsNullOrEmpty(request.Headers.Authorization)
            ? request.Cookies[SessionCookie]
            : null;
    }
}

/// <summary>Admits an authenticated user holding the <c>Admin</c> role claim; refuses everyone else.</summary>
public sealed class AdminDashboardAuthorizationFilter : IDashboardAuthorizationFilter
{
    public const string AdminRole = "Admin";

    public bool Authorize(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return IsAdmin(context.GetHttpContext().User);
    }

    public static bool IsAdmin(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true && user.IsInRole(AdminRole);
}

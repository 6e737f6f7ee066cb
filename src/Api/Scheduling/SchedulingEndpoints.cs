using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;

namespace Supervision.Api.Scheduling;

/// <summary>The Hangfire dashboard, for administrators only.</summary>
public static class SchedulingEndpoints
{
    public const string DashboardPath = "/hangfire";

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

using System.Security.Claims;

namespace Supervision.Api.Security;

/// <summary>System roles and the policies every endpoint states.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Designer = "Designer";
    public const string Supervisor = "Supervisor";
    public const string UnitOfficer = "UnitOfficer";
    public const string Viewer = "Viewer";

    public static readonly string[] All = [Admin, Designer, Supervisor, UnitOfficer, Viewer];

    /// <summary>The roles that act on tasks (the <see cref="Policies.Work"/> policy); designers and viewers only read.</summary>
    public static readonly string[] Workers = [UnitOfficer, Supervisor, Admin];
}

/// <summary>
/// Roles held in a unit (role assignments, tasks given to a role in a unit): the domain's roles and the escalation
/// ladder's.
/// </summary>
public static class UnitRoles
{
    public static readonly string[] All = Workflows.Human.UnitRoleNames.All;

    /// <summary>The unit roles a task may be given to: all but <c>Viewer</c>, which reads.</summary>
    public static readonly string[] Acting = [.. All.Where(r => r != nameof(Domain.Organisation.Role.Viewer))];
}

public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string Authenticated = "Authenticated";

    /// <summary>Administrators: users, units, calendar, the job dashboard.</summary>
    public const string Admin = "Admin";

    /// <summary>Designers (and administrators): edit and submit workflow definitions.</summary>
    public const string Design = "Design";

    /// <summary>
    /// Those who write or judge definitions: designers, supervisors (who approve a version in review, and see its
    /// problems to do so) and administrators. Validating changes nothing.
    /// </summary>
    public const string Review = "Review";

    /// <summary>Supervisors (and administrators): approve definitions, start cycles, reassign, change due dates.</summary>
    public const string Supervise = "Supervise";

    /// <summary>People who act on tasks: officers, supervisors, administrators.</summary>
    public const string Work = "Work";

    /// <summary>Readers of tasks, instances, records and dashboards: every role (what an officer sees is narrowed to their units).</summary>
    public const string Read = "Read";
}

/// <summary>The signed-in user as handlers see it.</summary>
public sealed record CurrentUser(string UserName, string DisplayName, IReadOnlyList<string> Roles, string? UnitId, string Locale)
{
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
    public bool IsAdmin => IsInRole(Security.Roles.Admin);
    public bool IsSupervisor => IsInRole(Security.Roles.Supervisor);

    /// <summary>
    /// Whether answers are in English: the language the request asks for (<c>Accept-Language</c>, as the web app sends
    /// the one it shows), else the account's locale; Vietnamese otherwise.
    /// </summary>
    public bool PrefersEnglish => Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public const string UnitClaim = "unit";
    public const string LocaleClaim = "locale";
    public const string DisplayNameClaim = "name";

    /// <summary>The account's security stamp when the token was issued (see <see cref="TokenRevocations"/>).</summary>
    public const string StampClaim = "sst";

    public static CurrentUser From(ClaimsPrincipal principal) => new(
        principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.Identity?.Name ?? "",
        principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity?.Name ?? "",
        principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
        principal.FindFirstValue(UnitClaim),
        principal.FindFirstValue(LocaleClaim) ?? "vi-VN");
}

/// <summary>Gives handlers the current user.</summary>
public sealed class CurrentUserAccessor(IHttpContextAccessor http)
{
    public CurrentUser User => http.HttpContext is { User: { Identity.IsAuthenticated: true } principal } context
        ? CurrentUser.From(principal) is var user && AskedLocale(context) is { } asked ? user with { Locale = asked } : user
        : throw new UnauthorizedAccessException("No signed-in user.");

    /// <summary>The language a request asks for in <c>Accept-Language</c>; null when it names none the API speaks.</summary>
    private static string? AskedLocale(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { Provider: not null } asked
            ? asked.RequestCulture.UICulture.TwoLetterISOLanguageName == "vi" ? "vi-VN" : "en-US"
            : null;

    /// <summary>The signed-in principal itself (its claims), for what <see cref="CurrentUser"/> leaves out.</summary>
    public System.Security.Claims.ClaimsPrincipal Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } principal
        ? principal
        : throw new UnauthorizedAccessException("No signed-in user.");
}

using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>A person a notification reaches.</summary>
public sealed record Recipient(string UserName, string DisplayName, string? Email, string Locale);

/// <summary>
/// Turns an <see cref="Audience"/> into people, from <c>role_assignments</c> valid on the day and <c>users</c>:
/// named users; the holders of the roles in the units; a unit alone reaches its FocalPoint and Leader role holders
/// and its UnitOfficer users; roles without units reach their holders anywhere. Disabled users are left out.
/// </summary>
public static class RecipientResolver
{
    /// <summary>The roles a unit named alone is reached through.</summary>
    public static IReadOnlyList<string> UnitContactRoles { get; } = ["FocalPoint", "Leader"];

    /// <summary>The system role of a unit's own officers.</summary>
    public const string UnitOfficerRole = "UnitOfficer";

    public static async Task<IReadOnlyList<Recipient>> ResolveAsync(SupervisionDbContext db, Audience audience, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audience);
        var units = audience.Units.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal).ToList();
        var roles = audience.Roles.Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        var names = audience.Users.Where(u => !string.IsNullOrWhiteSpace(u)).Distinct(StringComparer.Ordinal).ToList();
        var userIds = new HashSet<string>(StringComparer.Ordinal);

        var valid = db.RoleAssignments.AsNoTracking().Where(r => r.ValidFrom <= today && (r.ValidTo == null || r.ValidTo >= today));
        if (units.Count > 0)
        {
            var unitRoles = roles.Count > 0 ? roles : [.. UnitContactRoles];
            userIds.UnionWith(await valid.Where(r => units.Contains(r.UnitId) && unitRoles.Contains(r.Role)).Select(r => r.UserId).ToListAsync(cancellationToken));
            if (roles.Count == 0)
            {
                var members = await db.Users.AsNoTracking().Where(u => u.UnitId != null && units.Contains(u.UnitId)).Select(u => new { u.Id, u.Roles }).ToListAsync(cancellationToken);
                userIds.UnionWith(members.Where(m => HasRole(m.Roles, UnitOfficerRole)).Select(m => m.Id));
            }
        }
        else if (roles.Count > 0)
        {
            userIds.UnionWith(await valid.Where(r => roles.Contains(r.Role)).Select(r => r.UserId).ToListAsync(cancellationToken));
            var withRoles = await db.Users.AsNoTracking().Where(u => u.Roles != "").Select(u => new { u.Id, u.Roles }).ToListAsync(cancellationToken);
            userIds.UnionWith(withRoles.Where(u => roles.Any(r => HasRole(u.Roles, r))).Select(u => u.Id));
        }

        var ids = userIds.ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && (ids.Contains(u.Id) || names.Contains(u.UserName)))
            .OrderBy(u => u.UserName)
            .Select(u => new Recipient(u.UserName, u.DisplayName, u.Email, u.Locale))
            .ToListAsync(cancellationToken);
        return users;
    }

    private static bool HasRole(string roles, string role) =>
        roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(role, StringComparer.OrdinalIgnoreCase);
}

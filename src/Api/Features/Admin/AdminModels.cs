using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Domain.Organisation;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin;

/// <summary>An organisation unit with the units under it.</summary>
public sealed record UnitNode(
    string Id,
    string Code,
    string NameVi,
    string? NameEn,
    string Kind,
    string Level,
    string System,
    string? ParentId,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? SupersededById,
    bool IsOpen,
    IReadOnlyList<UnitNode> Children)
{
    public static UnitNode From(OrgUnitRecord u, DateOnly today, IReadOnlyList<UnitNode>? children = null) =>
        new(u.Id, u.Code, u.NameVi, u.NameEn, u.Kind, u.Level, u.System, u.ParentId, u.ValidFrom, u.ValidTo, u.SupersededById, Units.IsOpen(u, today), children ?? []);
}

/// <summary>A user as administrators see it (never the password hash or the TOTP secret).</summary>
public sealed record AdminUserResponse(
    string Id,
    string UserName,
    string DisplayName,
    string? Email,
    IReadOnlyList<string> Roles,
    string? UnitId,
    string? UnitName,
    string? UnitNameEn,
    string Locale,
    bool IsDisabled,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? LastLoginAt,
    bool TotpEnrolled,
    bool HasDemoPassword,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PasswordChangedAt,
    IReadOnlyList<RoleAssignmentResponse>? Assignments);

public sealed record RoleAssignmentResponse(
    string Id,
    string UserId,
    string? UserName,
    string UnitId,
    string Role,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string? DelegatedFromUserId,
    bool IsActive,
    string? DelegatedFromUserName = null);

public sealed record CalendarDayResponse(DateOnly Date, CalendarDayType Type, string NameVi, string NameEn, CalendarDayStatus Status, string? Source, bool IsDayOff, string Origin);

/// <summary>Lookups and rules the administration handlers share.</summary>
internal static class Units
{
    public static bool IsOpen(OrgUnitRecord unit, DateOnly on) => unit.ValidFrom <= on && (unit.ValidTo is null || unit.ValidTo >= on);

    public static async Task<OrgUnitRecord> FindAsync(SupervisionDbContext db, string id, CancellationToken cancellationToken) =>
        await db.OrgUnits.FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new NotFoundException("Unit", id);

    public static readonly string[] Kinds = Enum.GetNames<OrgUnitKind>();
    public static readonly string[] Levels = Enum.GetNames<OrgLevel>();
    public static readonly string[] Systems = Enum.GetNames<OrgSystem>();
}

internal static class Users
{
    public static readonly string[] Locales = ["vi-VN", "en-US"];

    /// <summary>Roles held in a unit: the domain's roles and the escalation ladder's.</summary>
    public static readonly string[] UnitRoles = Security.UnitRoles.All;

    public static async Task<UserRecord> FindAsync(SupervisionDbContext db, string userName, CancellationToken cancellationToken) =>
        await db.Users.FirstOrDefaultAsync(u => u.UserName == userName, cancellationToken) ?? throw new NotFoundException("User", userName);

    public static async Task<AdminUserResponse> ToResponseAsync(SupervisionDbContext db, DbOrgDirectory directory, UserRecord user, DateOnly today, bool withAssignments,
        CancellationToken cancellationToken)
    {
        List<RoleAssignmentResponse>? assignments = null;
        if (withAssignments)
        {
            var rows = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == user.Id).OrderBy(a => a.UnitId).ThenBy(a => a.Role).ThenBy(a => a.ValidFrom).ToListAsync(cancellationToken);
            assignments = await Assignments.ToResponsesAsync(db, rows, today, cancellationToken);
        }
        return ToResponse(user, directory, assignments);
    }

    /// <summary>The user as administrators see it, their unit named by the directory.</summary>
    public static AdminUserResponse ToResponse(UserRecord user, DbOrgDirectory directory, List<RoleAssignmentResponse>? assignments = null)
    {
        var (unitName, unitNameEn) = directory.NamesOf(user.UnitId);
        return new(user.Id, user.UserName, user.DisplayName, user.Email, user.RoleList(), user.UnitId, unitName, unitNameEn, user.Locale, user.IsDisabled,
            user.LockedUntil, user.LastLoginAt, user.TotpSecret is not null, user.HasDemoPassword, user.CreatedAt, user.PasswordChangedAt, assignments);
    }

    /// <summary>Refuses a change that would leave no enabled administrator to undo it.</summary>
    public static async Task EnsureAnotherAdminAsync(SupervisionDbContext db, UserRecord user, CancellationToken cancellationToken)
    {
        var admins = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.Id != user.Id).Select(u => u.Roles).ToListAsync(cancellationToken);
        if (!admins.Any(r => r.Split(',', StringSplitOptions.TrimEntries).Contains(Security.Roles.Admin)))
            throw new ConflictException("This would leave no enabled administrator.");
    }
}

internal static class Assignments
{
    public static bool IsActive(RoleAssignmentRecord a, DateOnly on) => a.ValidFrom <= on && (a.ValidTo is null || a.ValidTo >= on);

    /// <summary>Assignments as administrators read them: each holder's and delegator's user name, looked up in one query.</summary>
    public static async Task<List<RoleAssignmentResponse>> ToResponsesAsync(SupervisionDbContext db, IReadOnlyList<RoleAssignmentRecord> rows, DateOnly today,
        CancellationToken cancellationToken)
    {
        var ids = rows.Select(a => a.UserId).Concat(rows.Select(a => a.DelegatedFromUserId).OfType<string>()).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName })
            .ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        return rows.Select(a => new RoleAssignmentResponse(a.Id, a.UserId, names.GetValueOrDefault(a.UserId), a.UnitId, a.Role, a.ValidFrom, a.ValidTo,
            a.DelegatedFromUserId, IsActive(a, today), a.DelegatedFromUserId is null ? null : names.GetValueOrDefault(a.DelegatedFromUserId))).ToList();
    }

    public static async Task<RoleAssignmentResponse> ToResponseAsync(SupervisionDbContext db, RoleAssignmentRecord a, DateOnly today, CancellationToken cancellationToken) =>
        (await ToResponsesAsync(db, [a], today, cancellationToken))[0];
}

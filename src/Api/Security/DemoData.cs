using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Security;

/// <summary>
/// On a fresh database: the demo province's units and the demo users (password <c>demo</c>) with their
/// roles. Refuses to let a Production server start while a demo password is unchanged.
/// </summary>
public sealed partial class DemoData(
    IDbContextFactory<SupervisionDbContext> contexts,
    IOptions<AuthOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<DemoData> logger) : IHostedService
{
    public const string DemoPassword = "demo";

    private static readonly (string UserName, string DisplayName, string Roles, string? Unit, string? Email, (string Role, string Unit)[] Assignments)[] DemoUsers =
    [
        ("admin", "Quản trị hệ thống", Security.Roles.Admin, DemoProvince.Board, "admin@btgdv.example", []),
        ("designer", "Nguyễn Thị Thiết Kế", Security.Roles.Designer, DemoProvince.ScienceSection, "designer@btgdv.example", []),
        ("supervisor", "Trần Văn Giám Sát", Security.Roles.Supervisor, DemoProvince.ScienceSection, "supervisor@btgdv.example",
            [("Specialist", DemoProvince.ScienceSection), ("SectionHead", DemoProvince.ScienceSection), ("InspectionTeamHead", DemoProvince.ScienceSection),
             ("Leader", DemoProvince.Board), ("Clerk", DemoProvince.Board), ("FocalPoint", DemoProvince.Board), ("Leader", DemoProvince.Committee)]),
        ("officer1", "Lê Văn Một", Security.Roles.UnitOfficer, "DU-SYT", "officer1@syt.example", [("FocalPoint", "DU-SYT"), ("Leader", "DU-SYT")]),
        ("officer2", "Phạm Thị Hai", Security.Roles.UnitOfficer, "DU-SGDDT", "officer2@sgddt.example", [("FocalPoint", "DU-SGDDT"), ("Leader", "DU-SGDDT")]),
        ("viewer", "Người Xem", Security.Roles.Viewer, DemoProvince.Board, null, []),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!await db.OrgUnits.AnyAsync(cancellationToken))
        {
            foreach (var unit in DemoProvince.Units)
            {
                db.OrgUnits.Add(new OrgUnitRecord
                {
                    Id = unit.Id, Code = unit.Code, NameVi = unit.NameVi, NameEn = unit.NameEn, Kind = unit.Kind, ParentId = unit.ParentId,
                    Level = unit.ParentId is null || unit.Kind == "StateAgency" ? "Province" : "Province",
                    System = unit.Kind == "StateAgency" ? "State" : "Party",
                    ValidFrom = new DateOnly(2025, 7, 1),
                });
            }
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, "units", DemoProvince.Units.Count);
        }

        if (options.Value.SeedDemoUsers && !await db.Users.AnyAsync(cancellationToken))
        {
            var hasher = new PasswordHasher<UserRecord>();
            foreach (var (userName, displayName, roles, unit, email, assignments) in DemoUsers)
            {
                var user = new UserRecord
                {
                    Id = Guid.NewGuid().ToString("N"), UserName = userName, DisplayName = displayName, Roles = roles, UnitId = unit, Email = email,
                    Locale = "vi-VN", HasDemoPassword = true, CreatedAt = now,
                };
                user.PasswordHash = hasher.HashPassword(user, DemoPassword);
                db.Users.Add(user);
                foreach (var (role, unitId) in assignments)
                    db.RoleAssignments.Add(new RoleAssignmentRecord { Id = Guid.NewGuid().ToString("N"), UserId = user.Id, UnitId = unitId, Role = role, ValidFrom = new DateOnly(2025, 7, 1) });
            }
            await db.SaveChangesAsync(cancellationToken);
            LogSeeded(logger, "users", DemoUsers.Length);
        }

        if (environment.IsProduction() && await db.Users.AnyAsync(u => u.HasDemoPassword && !u.IsDisabled, cancellationToken))
        {
            throw new StartupRefusedException(
                "A demo user still has the demo password. Change every demo password (PUT /api/auth/password) or disable those users before running in Production; a fresh production database is created without demo users when Auth:SeedDemoUsers is false.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo {What} ({Count})")]
    private static partial void LogSeeded(ILogger logger, string what, int count);
}

/// <summary>The server will not start as configured; the message says what to change.</summary>
public sealed class StartupRefusedException(string message) : Exception(message);

using Supervision.Workflows.Persistence;

namespace Supervision.Scheduling.Tests.Support;

/// <summary>
/// A small board: the Khoa giáo section (two specialists, one Vietnamese- and one English-speaking, a section head, a
/// focal point, an officer) under the board (a leader), each with an e-mail address.
/// </summary>
public static class Organisation
{
    public const string Board = "btgdv";
    public const string Section = "btgdv-kg";

    public static async Task SeedAsync(SupervisionDbContext db)
    {
        var from = new DateOnly(2025, 1, 1);
        db.OrgUnits.AddRange(
            new OrgUnitRecord { Id = Board, Code = "BTGDV", NameVi = "Ban Tuyên giáo và Dân vận Tỉnh ủy", NameEn = "Provincial Propaganda and Mass Mobilisation Board", Kind = "Board", ValidFrom = from },
            new OrgUnitRecord { Id = Section, Code = "BTGDV-KG", NameVi = "Phòng Khoa giáo", NameEn = "Science and Education Section", Kind = "Section", ParentId = Board, ValidFrom = from });
        User(db, "an", "Nguyễn Văn An", "an@btgdv.example", "vi-VN", Section, "Specialist");
        User(db, "bob", "Bob Tran", "bob@btgdv.example", "en-US", Section, "Specialist");
        User(db, "head", "Trần Thị Hoa", "head@btgdv.example", "vi-VN", Section, "SectionHead");
        User(db, "leader", "Le Minh", "leader@btgdv.example", "en-US", Board, "BoardLeader");
        User(db, "focal", "Phạm Thu", "focal@btgdv.example", "vi-VN", Section, "FocalPoint");
        User(db, "officer", "Đỗ Nam", "officer@btgdv.example", "vi-VN", Section, null, systemRoles: "UnitOfficer");
        User(db, "nomail", "Hoàng Lan", null, "vi-VN", Section, "Specialist");
        await db.SaveChangesAsync();
    }

    private static void User(SupervisionDbContext db, string name, string display, string? email, string locale, string unit, string? role, string systemRoles = "Viewer")
    {
        db.Users.Add(new UserRecord { Id = "u-" + name, UserName = name, DisplayName = display, Email = email, Locale = locale, UnitId = unit, Roles = systemRoles, PasswordHash = "x" });
        if (role is not null)
            db.RoleAssignments.Add(new RoleAssignmentRecord { Id = "ra-" + name, UserId = "u-" + name, UnitId = unit, Role = role, ValidFrom = new DateOnly(2025, 1, 1) });
    }
}

namespace Supervision.Workflows.Human;

/// <summary>
/// The demo province shipped for trying the product: a provincial Party committee, its Propaganda and
/// Mass Mobilisation Board with a science-and-education section, six affiliated units and a state
/// department. Ids are stable so templates and tests can name them.
/// </summary>
public static class DemoProvince
{
    public const string Committee = "TU-DEMO";
    public const string Board = "BTGDV-TU";
    public const string ScienceSection = "BTGDV-KG";
    public const string HealthDepartment = "SYT";

    public static IReadOnlyList<DirectoryUnit> Units { get; } =
    [
        new(Committee, Committee, "Tỉnh ủy (tỉnh mẫu)", "Provincial Party Committee (demo province)", "PartyCommittee", null),
        new(Board, Board, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Provincial Propaganda and Mass Mobilisation Board", "PartyAdvisoryBoard", Committee),
        new(ScienceSection, ScienceSection, "Phòng Khoa giáo", "Science and Education Section", "Section", Board),
        new("DU-KHOI-CQ", "DU-KHOI-CQ", "Đảng ủy Khối các cơ quan tỉnh", "Party Committee of Provincial Agencies", "PartyCommittee", Committee),
        new("DU-KHOI-DN", "DU-KHOI-DN", "Đảng ủy Khối doanh nghiệp tỉnh", "Party Committee of Provincial Enterprises", "PartyCommittee", Committee),
        new("DU-SGDDT", "DU-SGDDT", "Đảng ủy Sở Giáo dục và Đào tạo", "Party Committee of the Department of Education and Training", "PartyCommittee", Committee),
        new("DU-SYT", "DU-SYT", "Đảng ủy Sở Y tế", "Party Committee of the Department of Health", "PartyCommittee", Committee),
        new("DU-XA-AN-BINH", "DU-XA-AN-BINH", "Đảng ủy xã An Bình", "An Bình Commune Party Committee", "PartyCommittee", Committee),
        new("DU-PHUONG-HOA-BINH", "DU-PHUONG-HOA-BINH", "Đảng ủy phường Hòa Bình", "Hòa Bình Ward Party Committee", "PartyCommittee", Committee),
        new(HealthDepartment, HealthDepartment, "Sở Y tế", "Department of Health", "StateAgency", null),
    ];

    public static InMemoryOrgDirectory Directory() => new(Units);
}

namespace Supervision.Domain.Organisation;

public enum OrgSystem
{
    Party,
    State,
    MassOrg,
}

public enum OrgUnitKind
{
    /// <summary>Cấp ủy, e.g. Tỉnh ủy or an affiliated Đảng ủy.</summary>
    PartyCommittee,

    /// <summary>Ban Thường vụ.</summary>
    PartyStandingCommittee,

    /// <summary>Ban tham mưu, e.g. Ban Tuyên giáo và Dân vận Tỉnh ủy.</summary>
    PartyAdvisoryBoard,

    /// <summary>Ủy ban Kiểm tra.</summary>
    InspectionCommission,

    /// <summary>Sở, ngành, bộ.</summary>
    StateAgency,

    /// <summary>Ủy ban nhân dân.</summary>
    PeoplesCommittee,

    MassOrganization,

    /// <summary>Phòng: a section inside another unit.</summary>
    Section,
}

public enum OrgLevel
{
    Central,
    Province,

    /// <summary>Abolished on 1/7/2025; kept for historical units only.</summary>
    District,
    Commune,
    Grassroots,
}

/// <summary>Roles of DOMAIN §3.1; a person holds them per unit and per period.</summary>
public enum Role
{
    /// <summary>Trưởng ban, Bí thư, Giám đốc.</summary>
    Leader,
    DeputyLeader,
    SectionHead,

    /// <summary>Chuyên viên.</summary>
    Specialist,

    /// <summary>Văn thư.</summary>
    Clerk,

    /// <summary>Đầu mối.</summary>
    FocalPoint,
    InspectionTeamHead,
    TeamMember,
    Secretary,
    Viewer,
    Admin,
}

public enum PreferredLocale
{
    /// <summary>vi-VN, the default.</summary>
    Vietnamese,

    /// <summary>en-US.</summary>
    English,
}

public static class PreferredLocales
{
    public static string CultureName(this PreferredLocale locale) => locale switch
    {
        PreferredLocale.Vietnamese => "vi-VN",
        PreferredLocale.English => "en-US",
        _ => throw new ArgumentOutOfRangeException(nameof(locale), locale, null),
    };
}

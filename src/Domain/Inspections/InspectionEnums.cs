namespace Supervision.Domain.Inspections;

public enum InspectionKind
{
    /// <summary>Kiểm tra: ends with a conclusion on strengths, shortcomings and violations.</summary>
    Inspection,

    /// <summary>Giám sát chuyên đề.</summary>
    ThematicSupervision,

    /// <summary>Giám sát thường xuyên.</summary>
    RegularSupervision,
}

/// <summary>The level of the body that inspects; it caps the duration (QĐ 331-QĐ/TW).</summary>
public enum InspectingLevel
{
    Central,
    Province,

    /// <summary>Cấp trên trực tiếp của cơ sở: the level directly above grassroots organisations.</summary>
    AboveGrassroots,
}

/// <summary>Whether the duration counts calendar or working days; 331-QĐ/TW could not be checked on this.</summary>
public enum DurationBasis
{
    CalendarDays,
    WorkingDays,
}

public enum InspectionStatus
{
    Proposed,
    DecisionIssued,
    SelfReportRequested,
    SelfReportReceived,
    Verification,
    DraftReport,
    ConclusionIssued,
    Remediation,
    Closed,

    /// <summary>A supervision that found signs of violation and was handed over to an inspection.</summary>
    ConvertedToInspection,
}

public enum FindingType
{
    /// <summary>Ưu điểm.</summary>
    Strength,

    /// <summary>Hạn chế.</summary>
    Shortcoming,

    /// <summary>Vi phạm.</summary>
    Violation,

    /// <summary>Kiến nghị.</summary>
    Recommendation,
}

public enum FindingSeverity
{
    Minor,
    Moderate,
    Serious,
}

public enum RemediationStatus
{
    Open,
    Reported,
    Verified,
}

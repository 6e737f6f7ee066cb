namespace Supervision.Domain.Documents;

public enum DocumentSystem
{
    Party,
    State,
}

/// <summary>Loại văn bản; the symbol abbreviation is in brackets.</summary>
public enum DocType
{
    /// <summary>Nghị quyết (NQ).</summary>
    Resolution,

    /// <summary>Chỉ thị (CT).</summary>
    Directive,

    /// <summary>Kết luận (KL).</summary>
    Conclusion,

    /// <summary>Quyết định (QĐ).</summary>
    Decision,

    /// <summary>Quy định (Party QĐ, QĐi before 2021; state QyĐ).</summary>
    Regulation,

    /// <summary>Quy chế (QC).</summary>
    Rules,

    /// <summary>Hướng dẫn (HD).</summary>
    Guidance,

    /// <summary>Kế hoạch (KH).</summary>
    Plan,

    /// <summary>Chương trình (CTr).</summary>
    Programme,

    /// <summary>Báo cáo (BC).</summary>
    Report,

    /// <summary>Thông báo (TB), including the Thông báo kết luận of an inspection.</summary>
    Notice,

    /// <summary>Công văn (Party CV; a state công văn carries no type code).</summary>
    OfficialLetter,

    /// <summary>Tờ trình (TTr).</summary>
    Submission,

    /// <summary>Biên bản (BB).</summary>
    Minutes,

    /// <summary>Đề án (ĐA).</summary>
    Scheme,
}

public enum Urgency
{
    /// <summary>Thường.</summary>
    Normal,

    /// <summary>Khẩn.</summary>
    Urgent,

    /// <summary>Thượng khẩn.</summary>
    VeryUrgent,

    /// <summary>Hỏa tốc.</summary>
    Immediate,
}

public enum DocumentStatus
{
    Draft,
    InReview,
    Approved,
    Issued,
    Superseded,
    Expired,
}

public enum Direction
{
    /// <summary>Văn bản đến: registered from another body, already issued.</summary>
    Incoming,

    /// <summary>Văn bản đi: drafted, approved and issued here.</summary>
    Outgoing,
}

/// <summary>The abbreviations written inside document symbols, per system.</summary>
public static class DocTypeCodes
{
    // Type codes a state symbol can start with (ND 30/2020 Phụ lục III, plus the codes of legal
    // normative documents). Needed to tell "130/KH-UBND" (a plan) from "12729/VPCP-KGVX"
    // (a công văn of the VPCP's KGVX department), which have the same shape.
    private static readonly HashSet<string> StateCodes = new(StringComparer.Ordinal)
    {
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr",
        "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "KL",
        "NĐ", "TT", "TTLT", "NQLT", "L", "PL", "SL", "CV",
    };

    /// <summary>The abbreviation used when this system issues a document of this type; null for a state công văn.</summary>
    public static string? For(DocType type, DocumentSystem system) => (type, system) switch
    {
        (DocType.Resolution, _) => "NQ",
        (DocType.Directive, _) => "CT",
        (DocType.Conclusion, _) => "KL",
        (DocType.Decision, _) => "QĐ",
        (DocType.Regulation, DocumentSystem.Party) => "QĐ",
        (DocType.Regulation, DocumentSystem.State) => "QyĐ",
        (DocType.Rules, _) => "QC",
        (DocType.Guidance, _) => "HD",
        (DocType.Plan, _) => "KH",
        (DocType.Programme, _) => "CTr",
        (DocType.Report, _) => "BC",
        (DocType.Notice, _) => "TB",
        (DocType.OfficialLetter, DocumentSystem.Party) => "CV",
        (DocType.OfficialLetter, DocumentSystem.State) => null,
        (DocType.Submission, _) => "TTr",
        (DocType.Minutes, _) => "BB",
        (DocType.Scheme, _) => "ĐA",
        _ => throw new ArgumentOutOfRangeException(nameof(type), $"No abbreviation for {type} in the {system} system."),
    };

    /// <summary>Whether a symbol's type code fits a document of this type, including historic forms.</summary>
    public static bool Fits(DocType type, DocumentSystem system, string? code)
    {
        // Party regulations were numbered "QĐi" in 2018 (07-QĐi/TW) and "QĐ" since 2021.
        if (type == DocType.Regulation && system == DocumentSystem.Party && code == "QĐi")
        {
            return true;
        }

        return For(type, system) == code;
    }

    internal static bool IsStateTypeCode(string code) => StateCodes.Contains(code);
}

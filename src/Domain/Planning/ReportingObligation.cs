using Supervision.Domain.Common;

namespace Supervision.Domain.Planning;

public enum ReportKind
{
    Monthly,
    Quarterly,
    SixMonth,
    Annual,
    Thematic,
    AdHoc,

    /// <summary>Sơ kết.</summary>
    InterimReview,

    /// <summary>Tổng kết.</summary>
    FinalReview,

    /// <summary>Báo cáo tự kiểm tra.</summary>
    SelfInspection,
}

/// <summary>A report that listed units owe a recipient by a date, covering a data period.</summary>
public sealed class ReportingObligation : Entity
{
    private readonly List<Guid> _requiredFromOrgUnitIds = [];

    private ReportingObligation()
    {
    }

    private ReportingObligation(Guid id)
        : base(id)
    {
    }

    public ReportKind Kind { get; private set; }

    public string TitleVi { get; private set; } = null!;

    public string? TitleEn { get; private set; }

    public Guid? SourceDocumentId { get; private set; }

    /// <summary>First day of the data period (kỳ số liệu), inclusive.</summary>
    public DateOnly DataFrom { get; private set; }

    /// <summary>Cut-off (ngày chốt số liệu), inclusive.</summary>
    public DateOnly DataTo { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Guid RecipientOrgUnitId { get; private set; }

    public IReadOnlyList<Guid> RequiredFromOrgUnitIds => _requiredFromOrgUnitIds;

    /// <summary>Đề cương: the outline the reports follow.</summary>
    public Guid? OutlineTemplateId { get; private set; }

    /// <summary>
    /// The due date may fall before the cut-off: provincial annual reports are often due in
    /// November and estimate December (DOMAIN §1.2). The at-least-one-working-day gap of
    /// ND 09/2019 needs the calendar and is checked where deadlines are computed.
    /// </summary>
    public static ReportingObligation Create(
        ReportKind kind,
        string titleVi,
        DateOnly dataFrom,
        DateOnly dataTo,
        DateOnly dueOn,
        Guid recipientOrgUnitId,
        IEnumerable<Guid> requiredFromOrgUnitIds,
        DateTimeOffset now,
        Guid? sourceDocumentId = null,
        Guid? outlineTemplateId = null,
        string? titleEn = null)
    {
        if (dataTo < dataFrom)
        {
            throw new DomainException("A data period cannot end before it starts.");
        }

        if (dueOn <= dataFrom)
        {
            throw new DomainException("A report cannot be due before its data period has begun.");
        }

        var recipient = Guard.NotEmpty(recipientOrgUnitId, nameof(recipientOrgUnitId));
        var required = Guard.NonEmptyIds(requiredFromOrgUnitIds, nameof(requiredFromOrgUnitIds), "reporting unit");
        if (required.Contains(recipient))
        {
            throw new DomainException("The recipient of a report cannot owe it to itself.");
        }

        var obligation = new ReportingObligation(NewId(now))
        {
            Kind = Guard.Defined(kind, nameof(kind)),
            TitleVi = Guard.Text(titleVi, "A report title"),
            TitleEn = Guard.OptionalText(titleEn),
            DataFrom = dataFrom,
            DataTo = dataTo,
            DueOn = dueOn,
            RecipientOrgUnitId = recipient,
            SourceDocumentId = Guard.NotEmpty(sourceDocumentId, nameof(sourceDocumentId)),
            OutlineTemplateId = Guard.NotEmpty(outlineTemplateId, nameof(outlineTemplateId)),
        };
        obligation._requiredFromOrgUnitIds.AddRange(required);
        return obligation;
    }

    /// <summary>Six-month report of <paramref name="year"/>: data 15/12 of the previous year to 14/6 (ND 09/2019).</summary>
    public static ReportingObligation SixMonth(
        int year, DateOnly dueOn, Guid recipientOrgUnitId, IEnumerable<Guid> requiredFromOrgUnitIds, DateTimeOffset now, string? titleVi = null, Guid? sourceDocumentId = null) =>
        Create(
            ReportKind.SixMonth, titleVi ?? $"Báo cáo 6 tháng đầu năm {year}", new(year - 1, 12, 15), new(year, 6, 14), dueOn,
            recipientOrgUnitId, requiredFromOrgUnitIds, now, sourceDocumentId);

    /// <summary>Annual report of <paramref name="year"/>: data 15/12 of the previous year to 14/12 (ND 09/2019).</summary>
    public static ReportingObligation Annual(
        int year, DateOnly dueOn, Guid recipientOrgUnitId, IEnumerable<Guid> requiredFromOrgUnitIds, DateTimeOffset now, string? titleVi = null, Guid? sourceDocumentId = null) =>
        Create(
            ReportKind.Annual, titleVi ?? $"Báo cáo năm {year}", new(year - 1, 12, 15), new(year, 12, 14), dueOn,
            recipientOrgUnitId, requiredFromOrgUnitIds, now, sourceDocumentId);

    public bool IsRequiredFrom(Guid orgUnitId) => _requiredFromOrgUnitIds.Contains(orgUnitId);
}

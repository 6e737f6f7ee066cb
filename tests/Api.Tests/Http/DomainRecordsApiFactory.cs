using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Common;
using Supervision.Domain.Documents;
using Supervision.Domain.Inspections;
using Supervision.Domain.Planning;
using Supervision.Domain.Urging;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// A server whose database holds reports, urge notices and documents of the demo units, written through the
/// aggregates' own methods as the engine's projections write them. officer1 is of DU-SYT, officer2 of DU-SGDDT.
/// </summary>
public sealed class DomainRecordsApiFactory : SupervisionApiFactory, IAsyncLifetime
{
    public static readonly Guid Health = DomainKeys.OrgUnit("DU-SYT");
    public static readonly Guid Education = DomainKeys.OrgUnit("DU-SGDDT");
    public static readonly Guid Commune = DomainKeys.OrgUnit("DU-XA-AN-BINH");
    public static readonly Guid Board = DomainKeys.OrgUnit("BTGDV-TU");
    public static readonly Guid Section = DomainKeys.OrgUnit("BTGDV-KG");

    private static readonly Guid Officer = DomainKeys.Actor("officer");
    private static readonly Guid Reviewer = DomainKeys.Actor("reviewer");
    private static readonly DateTimeOffset RecordedAt = new(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Quarter I: DU-SYT on time (returned once, resubmitted), DU-SGDDT late and unreviewed, the commune outstanding.</summary>
    public ReportingObligation QuarterReport { get; private set; } = null!;

    /// <summary>Six-month report owed by DU-SGDDT only, nothing handed in, set by <see cref="ReportGuidance"/>.</summary>
    public ReportingObligation SixMonthReport { get; private set; } = null!;

    /// <summary>2025 annual report of DU-SYT, accepted.</summary>
    public ReportingObligation AnnualReport { get; private set; } = null!;

    public UrgeNotice FirstNotice { get; private set; } = null!;
    public UrgeNotice SecondNotice { get; private set; } = null!;

    /// <summary>Level 3 to DU-SYT, with <see cref="UrgingLetter"/>; issued 03:00 on 1 March in Hà Nội (still 28 February in UTC).</summary>
    public UrgeNotice LetterNotice { get; private set; } = null!;

    public Guid[] FirstNoticeTasks { get; } = [Guid.NewGuid(), Guid.NewGuid()];

    /// <summary>The board's plan, sent to no one.</summary>
    public Document BoardPlan { get; private set; } = null!;

    /// <summary>DU-SYT's own report, restricted.</summary>
    public Document HealthReport { get; private set; } = null!;

    /// <summary>The decision of an inspection of DU-SGDDT.</summary>
    public Document InspectionDecision { get; private set; } = null!;

    /// <summary>The letter of the level-3 urge notice to DU-SYT.</summary>
    public Document UrgingLetter { get; private set; } = null!;

    /// <summary>The guidance that set the six-month report DU-SGDDT owes.</summary>
    public Document ReportGuidance { get; private set; } = null!;

    /// <summary>The section's unissued draft.</summary>
    public Document SectionDraft { get; private set; } = null!;

    /// <summary>A deleted draft of DU-SYT.</summary>
    public Document DeletedDraft { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();

        BoardPlan = Issued(DocType.Plan, Board, "Kế hoạch kiểm tra, giám sát công tác khoa giáo năm 2026", "12-KH/BTGDVTU", new DateOnly(2026, 2, 10));
        HealthReport = Issued(DocType.Report, Health, "Báo cáo tự kiểm tra của Đảng ủy Sở Y tế", "05-BC/DUSYT", new DateOnly(2026, 2, 20), Classification.Restricted);
        InspectionDecision = Issued(DocType.Decision, Board, "Quyết định giám sát chuyên đề tại Đảng ủy Sở Giáo dục và Đào tạo", "07-QĐ/BTGDVTU", new DateOnly(2026, 2, 25));
        UrgingLetter = Issued(DocType.OfficialLetter, Board, "Công văn đôn đốc nộp báo cáo quý I", "15-CV/BTGDVTU", new DateOnly(2026, 2, 27));
        ReportGuidance = Issued(DocType.Guidance, Board, "Hướng dẫn báo cáo sơ kết 6 tháng đầu năm 2026", "03-HD/BTGDVTU", new DateOnly(2026, 1, 15));
        SectionDraft = Document.Draft(DocumentSystem.Party, DocType.Notice, [Section], "Dự thảo thông báo kết quả giám sát", null, RecordedAt);
        DeletedDraft = Document.Draft(DocumentSystem.Party, DocType.Report, [Health], "Báo cáo bị hủy", null, RecordedAt);
        DeletedDraft.Delete(Officer, RecordedAt);
        db.Documents.AddRange(BoardPlan, HealthReport, InspectionDecision, UrgingLetter, ReportGuidance, SectionDraft, DeletedDraft);

        var inspection = Inspection.Propose(InspectionKind.ThematicSupervision, "Giám sát chuyên đề công tác giáo dục chính trị", null, InspectingLevel.Province,
            [Education], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), RecordedAt);
        inspection.FormTeam(Reviewer, [], [], null);
        inspection.IssueDecision(InspectionDecision.Id, null, new DateOnly(2026, 2, 25), RecordedAt);
        db.Inspections.Add(inspection);

        QuarterReport = ReportingObligation.Create(ReportKind.Quarterly, "Báo cáo quý I năm 2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31),
            new DateOnly(2026, 4, 10), Section, [Health, Education, Commune], RecordedAt);
        var health = ReportSubmission.Submit(QuarterReport, Health, Officer, null, At(2026, 4, 8));
        health.Return(Reviewer, "Bổ sung số liệu biểu 02", At(2026, 4, 9));
        health.Resubmit(Officer, null, At(2026, 4, 10));
        var education = ReportSubmission.Submit(QuarterReport, Education, Officer, null, At(2026, 4, 15));
        Projected(db, QuarterReport, "wf-quarter", "report:report@3");
        Projected(db, health, "wf-quarter", "report-submission:a");
        Projected(db, education, "wf-quarter", "report-submission:b");

        SixMonthReport = ReportingObligation.SixMonth(2026, new DateOnly(2026, 6, 15), Section, [Education], RecordedAt, sourceDocumentId: ReportGuidance.Id);
        AnnualReport = ReportingObligation.Annual(2025, new DateOnly(2025, 11, 15), Board, [Health], RecordedAt);
        var annual = ReportSubmission.Submit(AnnualReport, Health, Officer, null, At(2025, 11, 14));
        annual.Accept(Reviewer, "Đạt yêu cầu", At(2025, 11, 20));
        db.ReportingObligations.AddRange(SixMonthReport, AnnualReport);
        db.ReportSubmissions.Add(annual);

        FirstNotice = UrgeNotice.Issue(1, FirstNoticeTasks, [Health, Education], Reviewer, At(2026, 2, 10), "Đề nghị khẩn trương nộp báo cáo");
        SecondNotice = FirstNotice.Escalate(Reviewer, At(2026, 2, 20), "Nhắc lần hai", messageEn: "Second reminder");
        LetterNotice = UrgeNotice.Issue(3, [Guid.NewGuid()], [Health], Reviewer, new DateTimeOffset(2026, 2, 28, 20, 0, 0, TimeSpan.Zero), "Công văn đôn đốc", UrgingLetter.Id);
        Projected(db, FirstNotice, "wf-urge", "urge:urge@4");
        Projected(db, SecondNotice, "wf-urge", "urge:urge@9");
        db.UrgeNotices.Add(LetterNotice);

        await db.SaveChangesAsync();
    }

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 2, 0, 0, TimeSpan.Zero);

    private static Document Issued(DocType type, Guid issuer, string subject, string symbol, DateOnly issuedOn, Classification confidentiality = Classification.Unclassified)
    {
        var document = Document.Draft(DocumentSystem.Party, type, [issuer], subject, null, RecordedAt, confidentiality);
        document.SubmitForReview(RecordedAt);
        document.Approve(Reviewer, RecordedAt);
        document.Issue(DocumentSymbol.Parse(symbol), issuedOn, Reviewer, RecordedAt);
        return document;
    }

    /// <summary>Adds a row as a workflow run's projection does: with the run and the event it stands for.</summary>
    private static void Projected<T>(SupervisionDbContext db, T entity, string instanceId, string eventKey)
        where T : class
    {
        var entry = db.Set<T>().Add(entity);
        entry.Property<string?>(ProjectionColumns.WorkflowInstanceId).CurrentValue = instanceId;
        entry.Property<string?>(ProjectionColumns.WorkflowEventKey).CurrentValue = eventKey;
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Documents;

namespace Supervision.Api.Tests.Http;

public class DocumentsFacts(DomainRecordsApiFactory factory) : IClassFixture<DomainRecordsApiFactory>
{
    private const string Base = "/api/documents";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonObject> PageAsync(string user, string query = "") =>
        await (await (await factory.As(user)).GetAsync(Base + query, Ct)).ReadObjectAsync(HttpStatusCode.OK);

    private static List<string> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

    private static List<string> Ids(params Document[] documents) => documents.Select(d => d.Id.ToString()).ToList();

    [Fact]
    public async Task Supervisor_SeesEveryDocumentButTheDeleted_LatestIssuedFirst_DraftsLast()
    {
        var page = await PageAsync("supervisor");

        Ids(page).ShouldBe(Ids(factory.UrgingLetter, factory.InspectionDecision, factory.HealthReport, factory.BoardPlan, factory.ReportGuidance, factory.SectionDraft));
        var report = page["items"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == factory.HealthReport.Id.ToString())!;
        (report["symbol"]!.GetValue<string>(), report["docType"]!.GetValue<string>(), report["issuedOn"]!.GetValue<string>(), report["status"]!.GetValue<string>())
            .ShouldBe(("05-BC/DUSYT", "Report", "2026-02-20", "Issued"));
        report["issuers"]!.AsArray().Select(u => (u!["id"]!.GetValue<string>(), u["nameVi"]!.GetValue<string>())).ShouldBe([("DU-SYT", "Đảng ủy Sở Y tế")]);
        (report["confidentiality"]!.GetValue<string>(), report["confidentialityVi"]!.GetValue<string>()).ShouldBe(("Restricted", "Hạn chế"));
        page["items"]!.AsArray().Last()!["issuedOn"].ShouldBeNull();
    }

    [Fact]
    public async Task Filters_ByTypeIssuerDatesAndSubject_AndPages()
    {
        var decisions = await PageAsync("supervisor", "?docType=decision");
        // The board's documents include those of its section.
        var board = await PageAsync("supervisor", "?issuerUnitId=BTGDV-TU");
        var dates = await PageAsync("supervisor", "?issuedFrom=2026-02-15&issuedTo=2026-02-26");
        var subject = await PageAsync("supervisor", "?q=" + Uri.EscapeDataString("đôn đốc"));
        var unaccented = await PageAsync("supervisor", "?q=" + Uri.EscapeDataString("DON DOC")); // as typed without diacritics
        var last = await PageAsync("supervisor", "?page=3&pageSize=2");

        Ids(decisions).ShouldBe(Ids(factory.InspectionDecision));
        Ids(board).ShouldBe(Ids(factory.UrgingLetter, factory.InspectionDecision, factory.BoardPlan, factory.ReportGuidance, factory.SectionDraft));
        Ids(dates).ShouldBe(Ids(factory.InspectionDecision, factory.HealthReport));
        Ids(subject).ShouldBe(Ids(factory.UrgingLetter));
        Ids(unaccented).ShouldBe(Ids(factory.UrgingLetter));
        last["total"]!.GetValue<int>().ShouldBe(6);
        Ids(last).ShouldBe(Ids(factory.ReportGuidance, factory.SectionDraft));
    }

    [Fact]
    public async Task AnOfficer_SeesTheDocumentsIssuedByOrSentToTheirUnit()
    {
        var officer1 = await PageAsync("officer1");
        var officer2 = await PageAsync("officer2");
        var fromTheBoard = await PageAsync("officer2", "?issuerUnitId=BTGDV-TU");

        // Their own report, and the letter of an urge notice addressed to them.
        Ids(officer1).ShouldBe(Ids(factory.UrgingLetter, factory.HealthReport));
        // The decision of an inspection of their unit, and the guidance that set a report they owe.
        Ids(officer2).ShouldBe(Ids(factory.InspectionDecision, factory.ReportGuidance));
        Ids(fromTheBoard).ShouldBe(Ids(factory.InspectionDecision, factory.ReportGuidance));
    }

    [Fact]
    public async Task OneDocument_IsReadByIdWithinScope_AndRefusedOutsideIt()
    {
        var officer1 = await factory.As("officer1");
        var supervisor = await factory.As("supervisor");

        var own = await (await officer1.GetAsync($"{Base}/{factory.HealthReport.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var sent = await (await officer1.GetAsync($"{Base}/{factory.UrgingLetter.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var other = await (await officer1.GetAsync($"{Base}/{factory.InspectionDecision.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var plan = await (await supervisor.GetAsync($"{Base}/{factory.BoardPlan.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var deleted = await (await supervisor.GetAsync($"{Base}/{factory.DeletedDraft.Id}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var unknown = await (await supervisor.GetAsync($"{Base}/{Guid.NewGuid()}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        own["subjectVi"]!.GetValue<string>().ShouldBe("Báo cáo tự kiểm tra của Đảng ủy Sở Y tế");
        sent["symbol"]!.GetValue<string>().ShouldBe("15-CV/BTGDVTU");
        other["title"]!.GetValue<string>().ShouldBe("This document was neither issued by nor sent to your unit.");
        plan["docType"]!.GetValue<string>().ShouldBe("Plan");
        deleted["title"]!.GetValue<string>().ShouldStartWith("Document '");
        unknown["status"]!.GetValue<int>().ShouldBe(404);
    }

    [Fact]
    public async Task Documents_NeedASignIn_AndAnswerBadFiltersFieldByField()
    {
        (await factory.CreateClient().GetAsync(Base, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClient().GetAsync($"{Base}/{factory.BoardPlan.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var viewer = await factory.As("viewer");

        var problem = await (await viewer.GetAsync($"{Base}?docType=Memo&issuedFrom=2026-03-01&issuedTo=2026-02-01&q={new string('x', 201)}&pageSize=-1", Ct))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("docType").Single().ShouldStartWith("The document type is one of Resolution, Directive, Conclusion");
        problem.ErrorsOf("issuedTo").ShouldBe(["issuedTo is before issuedFrom."]);
        problem.ErrorsOf("q").ShouldBe(["Search for at most 200 characters."]);
        problem.ErrorsOf("pageSize").ShouldBe(["The page size must be 1 or more."]);
    }
    [Fact]
    public async Task RefusalsAndBadFilters_AreWordedInVietnamese_WhenAskedFor()
    {
        var officer1 = await factory.ClientForAsync("officer1");
        officer1.DefaultRequestHeaders.Add("Accept-Language", "vi");

        var document = await (await officer1.GetAsync($"{Base}/{factory.InspectionDecision.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var report = await (await officer1.GetAsync($"/api/reports/{factory.SixMonthReport.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var missing = await (await officer1.GetAsync($"{Base}/no-such-document", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var filters = await (await officer1.GetAsync($"{Base}?docType=Memo&issuedFrom=2026-03-01&issuedTo=2026-02-01", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        document["title"]!.GetValue<string>().ShouldBe("Văn bản này không do đơn vị bạn ban hành và không gửi tới đơn vị bạn.");
        report["title"]!.GetValue<string>().ShouldBe("Báo cáo này do đơn vị khác thực hiện.");
        missing["title"]!.GetValue<string>().ShouldBe("Không tìm thấy văn bản 'no-such-document'.");
        filters.ErrorsOf("docType").Single().ShouldStartWith("Loại văn bản là một trong: Resolution");
        filters.ErrorsOf("issuedTo").ShouldBe(["Ngày ban hành đến (issuedTo) trước ngày ban hành từ (issuedFrom)."]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Domain.Common;
using Supervision.Domain.Inspections;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// A server with four inspections, built through the aggregate as the engine would record them: a supervision of
/// the health and education committees in remediation (started 2026), an inspection of the education committee
/// under verification (2025), a closed supervision of the health committee (2025) and a proposal for the agencies'
/// committee.
/// </summary>
public sealed class InspectionsApiFactory : SupervisionApiFactory, IAsyncLifetime
{
    public static readonly Guid Health = DomainKeys.OrgUnit("DU-SYT");
    public static readonly Guid Education = DomainKeys.OrgUnit("DU-SGDDT");
    public static readonly Guid Agencies = DomainKeys.OrgUnit("DU-KHOI-CQ");

    public Inspection Joint { get; private set; } = null!;
    public Inspection EducationOnly { get; private set; } = null!;
    public Inspection HealthClosed { get; private set; } = null!;
    public Inspection Proposal { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var at = new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero);

        Joint = Inspection.Propose(InspectionKind.ThematicSupervision, "Giám sát thực hiện Nghị quyết 20-NQ/TW", "Supervision of Resolution 20-NQ/TW",
            InspectingLevel.Province, [Health, Education], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), at, fields: [Field.Health, Field.EducationTraining]);
        Started(Joint, new DateOnly(2026, 1, 10), at);
        var shortcoming = Joint.RecordFinding(Health, FindingType.Shortcoming, FindingSeverity.Moderate, "Chậm ban hành kế hoạch", at.AddDays(20));
        Joint.RecordFinding(Education, FindingType.Strength, null, "Triển khai đầy đủ", at.AddDays(20).AddMinutes(1));
        var recommendation = Joint.RecordFinding(Education, FindingType.Recommendation, null, "Tăng cường kiểm tra cơ sở", at.AddDays(20).AddMinutes(2));
        Joint.PrepareDraftReport(at.AddDays(30));
        Joint.IssueConclusion(Guid.NewGuid(), new DateOnly(2026, 2, 10), ["Khắc phục hạn chế trong 15 ngày"], at.AddDays(36));
        // Due before the server's clock (2 March 2026) and still open: overdue.
        Joint.AddRemediationAction(shortcoming.Id, Health, "Ban hành kế hoạch bổ sung", new DateOnly(2026, 2, 25), at.AddDays(37));
        Joint.AddRemediationAction(recommendation.Id, Education, "Xây dựng kế hoạch kiểm tra", new DateOnly(2026, 4, 30), at.AddDays(37));

        EducationOnly = Inspection.Propose(InspectionKind.Inspection, "Kiểm tra công tác tuyển sinh", null, InspectingLevel.Province, [Education],
            new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), at.AddYears(-1));
        Started(EducationOnly, new DateOnly(2025, 6, 2), at.AddYears(-1));
        EducationOnly.RecordFinding(Education, FindingType.Violation, FindingSeverity.Serious, "Vi phạm quy chế tuyển sinh", at.AddYears(-1).AddDays(10));

        HealthClosed = Inspection.Propose(InspectionKind.ThematicSupervision, "Giám sát y tế cơ sở", null, InspectingLevel.Province, [Health],
            new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), at.AddYears(-1));
        Started(HealthClosed, new DateOnly(2025, 3, 3), at.AddYears(-1));
        HealthClosed.RecordFinding(Health, FindingType.Strength, null, "Hoàn thành tốt", at.AddYears(-1).AddDays(10));
        HealthClosed.PrepareDraftReport(at.AddYears(-1).AddDays(11));
        HealthClosed.IssueConclusion(Guid.NewGuid(), new DateOnly(2025, 3, 20), [], at.AddYears(-1).AddDays(12));
        HealthClosed.Close(at.AddYears(-1).AddDays(13));

        Proposal = Inspection.Propose(InspectionKind.RegularSupervision, "Giám sát thường xuyên khối cơ quan", null, InspectingLevel.Province, [Agencies],
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), at);

        await using var db = await Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        db.Inspections.AddRange(Joint, EducationOnly, HealthClosed, Proposal);
        db.Entry(Joint).Property(ProjectionColumns.WorkflowInstanceId).CurrentValue = "wf-joint";
        db.Entry(Joint).Property(ProjectionColumns.WorkflowEventKey).CurrentValue = "inspection:t1";
        await db.SaveChangesAsync();
    }

    private static void Started(Inspection inspection, DateOnly startOn, DateTimeOffset at)
    {
        inspection.FormTeam(Guid.NewGuid(), [], [], null);
        inspection.IssueDecision(Guid.NewGuid(), null, startOn, at);
        inspection.RequestSelfReport(null, at);
        inspection.ReceiveSelfReport(null, at);
        inspection.StartVerification(at);
    }
}

public class InspectionsFacts(InspectionsApiFactory factory) : IClassFixture<InspectionsApiFactory>
{
    private const string Base = "/api/inspections";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<Guid> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => Guid.Parse(i!["id"]!.GetValue<string>())).ToList();

    private async Task<JsonObject> ListAsync(string user, string query = "") =>
        await (await (await factory.As(user)).GetAsync(Base + query, Ct)).ReadObjectAsync(HttpStatusCode.OK);

    [Fact]
    public async Task List_ShowsASupervisorEveryInspection_LatestStartFirst_WithUnitsCountsAndInstance()
    {
        var page = await ListAsync("supervisor");

        page["total"]!.GetValue<int>().ShouldBe(4);
        Ids(page).ShouldBe([factory.Joint.Id, factory.EducationOnly.Id, factory.HealthClosed.Id, factory.Proposal.Id]);
        var joint = page["items"]![0]!;
        joint["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-joint");
        joint["kind"]!.GetValue<string>().ShouldBe("ThematicSupervision");
        joint["status"]!.GetValue<string>().ShouldBe("Remediation");
        joint["startOn"]!.GetValue<string>().ShouldBe("2026-01-10");
        joint["maxDurationDays"]!.GetValue<int>().ShouldBe(45);
        joint["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe(["Health", "EducationTraining"]);
        joint["targetUnits"]!.AsArray().Select(u => (u!["id"]!.GetValue<string>(), u["nameVi"]!.GetValue<string>()))
            .ShouldBe([("DU-SYT", "Đảng ủy Sở Y tế"), ("DU-SGDDT", "Đảng ủy Sở Giáo dục và Đào tạo")]);
        var counts = joint["findings"]!;
        (counts["strengths"]!.GetValue<int>(), counts["shortcomings"]!.GetValue<int>(), counts["violations"]!.GetValue<int>(), counts["recommendations"]!.GetValue<int>(), counts["total"]!.GetValue<int>())
            .ShouldBe((1, 1, 0, 1, 3));
        page["items"]![3]!["workflowInstanceId"].ShouldBeNull();
    }

    [Fact]
    public async Task List_FiltersByUnitKindStatusAndStartDate_AndPages()
    {
        Ids(await ListAsync("supervisor", "?unitId=DU-SGDDT")).ShouldBe([factory.Joint.Id, factory.EducationOnly.Id]);
        // A unit stands for the units under it too: every committee is under the provincial committee.
        (await ListAsync("supervisor", "?unitId=TU-DEMO"))["total"]!.GetValue<int>().ShouldBe(4);
        Ids(await ListAsync("supervisor", "?kind=inspection")).ShouldBe([factory.EducationOnly.Id]);
        Ids(await ListAsync("supervisor", "?kind=RegularSupervision,Inspection")).ShouldBe([factory.EducationOnly.Id, factory.Proposal.Id]);
        Ids(await ListAsync("supervisor", "?status=Closed,Proposed")).ShouldBe([factory.HealthClosed.Id, factory.Proposal.Id]);
        Ids(await ListAsync("supervisor", "?year=2025")).ShouldBe([factory.EducationOnly.Id, factory.HealthClosed.Id]);
        Ids(await ListAsync("supervisor", "?from=2025-04-01&to=2026-01-10")).ShouldBe([factory.Joint.Id, factory.EducationOnly.Id]);
        Ids(await ListAsync("supervisor", "?unitId=DU-SYT&year=2025")).ShouldBe([factory.HealthClosed.Id]);

        var second = await ListAsync("supervisor", "?page=2&pageSize=3");
        Ids(second).ShouldBe([factory.Proposal.Id]);
        (second["total"]!.GetValue<int>(), second["page"]!.GetValue<int>(), second["pageSize"]!.GetValue<int>()).ShouldBe((4, 2, 3));
        (await ListAsync("supervisor", "?pageSize=1000"))["pageSize"]!.GetValue<int>().ShouldBe(100);
    }

    [Fact]
    public async Task Officer_SeesOnlyInspectionsOfTheirUnit_CountingOnlyTheirFindings()
    {
        var health = await ListAsync("officer1");
        var education = await ListAsync("officer2");

        Ids(health).ShouldBe([factory.Joint.Id, factory.HealthClosed.Id]);
        health["total"]!.GetValue<int>().ShouldBe(2);
        var counts = health["items"]![0]!["findings"]!;
        (counts["strengths"]!.GetValue<int>(), counts["shortcomings"]!.GetValue<int>(), counts["recommendations"]!.GetValue<int>()).ShouldBe((0, 1, 0));
        Ids(education).ShouldBe([factory.Joint.Id, factory.EducationOnly.Id]);
        education["items"]![0]!["findings"]!["total"]!.GetValue<int>().ShouldBe(2);
        Ids(await ListAsync("officer1", "?unitId=DU-SYT&status=Closed")).ShouldBe([factory.HealthClosed.Id]);
    }

    [Fact]
    public async Task Get_ShowsASupervisorTheFindingsConclusionAndRemediation()
    {
        var detail = await (await (await factory.As("viewer")).GetAsync($"{Base}/{factory.Joint.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        detail["summary"]!["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-joint");
        detail["decisionDocumentId"]!.GetValue<string>().ShouldBe(factory.Joint.DecisionDocumentId.ToString());
        detail["findings"]!.AsArray().Select(f => (f!["type"]!.GetValue<string>(), f["severity"]?.GetValue<string>(), f["targetUnit"]!["id"]!.GetValue<string>(), f["description"]!.GetValue<string>()))
            .ShouldBe([("Shortcoming", "Moderate", "DU-SYT", "Chậm ban hành kế hoạch"), ("Strength", null, "DU-SGDDT", "Triển khai đầy đủ"),
                ("Recommendation", null, "DU-SGDDT", "Tăng cường kiểm tra cơ sở")]);
        var conclusion = detail["conclusion"]!;
        conclusion["issuedOn"]!.GetValue<string>().ShouldBe("2026-02-10");
        conclusion["findingIds"]!.AsArray().Count.ShouldBe(3);
        conclusion["requirements"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Khắc phục hạn chế trong 15 ngày"]);
        detail["remediationActions"]!.AsArray().Select(a => (a!["responsibleUnit"]!["id"]!.GetValue<string>(), a["status"]!.GetValue<string>(), a["overdue"]!.GetValue<bool>()))
            .ShouldBe([("DU-SYT", "Open", true), ("DU-SGDDT", "Open", false)]);
    }

    [Fact]
    public async Task Get_ShowsAnOfficerOnlyTheFindingsAndFixesOfTheirUnit()
    {
        var detail = await (await (await factory.As("officer1")).GetAsync($"{Base}/{factory.Joint.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var finding = detail["findings"]!.AsArray().ShouldHaveSingleItem()!;
        finding["targetUnit"]!["id"]!.GetValue<string>().ShouldBe("DU-SYT");
        detail["conclusion"]!["findingIds"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe([finding["id"]!.GetValue<string>()]);
        detail["remediationActions"]!.AsArray().ShouldHaveSingleItem()!["responsibleUnit"]!["nameVi"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Y tế");
        detail["summary"]!["findings"]!["total"]!.GetValue<int>().ShouldBe(1);
        // The inspected units are listed whole: the decision names them all.
        detail["summary"]!["targetUnits"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Officer_IsRefusedAnotherUnitsInspection_AndAnotherUnitsFilter()
    {
        var officer = await factory.As("officer1");

        var byId = await (await officer.GetAsync($"{Base}/{factory.EducationOnly.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var byFilter = await (await officer.GetAsync($"{Base}?unitId=DU-SGDDT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);

        byId["title"]!.GetValue<string>().ShouldBe("This inspection does not concern your unit.");
        byFilter["title"]!.GetValue<string>().ShouldContain("DU-SGDDT");
    }

    [Fact]
    public async Task Get_AnswersAnUnknownOrMalformedId_With404()
    {
        var supervisor = await factory.As("supervisor");

        var unknown = await (await supervisor.GetAsync($"{Base}/{Guid.NewGuid()}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await supervisor.GetAsync($"{Base}/not-an-id", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        unknown["title"]!.GetValue<string>().ShouldStartWith("Inspection '");
    }

    [Fact]
    public async Task List_AnswersBadParameters_With400NamingEachField()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.GetAsync($"{Base}?page=0&pageSize=0&kind=Audit&status=Open&year=1999", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var range = await (await supervisor.GetAsync($"{Base}?from=2026-02-01&to=2026-01-01", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var both = await (await supervisor.GetAsync($"{Base}?year=2026&from=2026-01-01", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var notADate = await (await supervisor.GetAsync($"{Base}?from=yesterday", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("page").ShouldBe(["Pages are numbered from 1."]);
        problem.ErrorsOf("pageSize").ShouldBe(["The page size must be 1 or more."]);
        problem.ErrorsOf("kind").ShouldBe(["The kind is one of Inspection, ThematicSupervision, RegularSupervision."]);
        problem.ErrorsOf("status").Single().ShouldContain("Remediation");
        problem.ErrorsOf("year").ShouldBe(["The year is 2000–2100."]);
        range.ErrorsOf("to").ShouldBe(["The date range ends before it starts."]);
        both.ErrorsOf("year").ShouldBe(["Give a year or a date range, not both."]);
        notADate["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["from"]);
    }

    [Fact]
    public async Task List_AnswersInVietnamese_WhenAsked()
    {
        var supervisor = await factory.ClientForAsync("supervisor");
        supervisor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi");

        var problem = await (await supervisor.GetAsync($"{Base}?year=2026&from=2026-01-01&kind=Audit", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var notFound = await (await supervisor.GetAsync($"{Base}/{Guid.Empty}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        problem.ErrorsOf("year").ShouldBe(["Hãy chọn một năm hoặc một khoảng ngày, không chọn cả hai."]);
        problem.ErrorsOf("kind").ShouldBe(["Loại là một trong: Inspection, ThematicSupervision, RegularSupervision."]);
        notFound["title"]!.GetValue<string>().ShouldBe($"Không tìm thấy cuộc kiểm tra, giám sát '{Guid.Empty}'.");
    }

    [Fact]
    public async Task Inspections_NeedASignIn()
    {
        var anonymous = factory.CreateClient();

        (await anonymous.GetAsync(Base, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"{Base}/{factory.Joint.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApi_DescribesTheRecordEndpoints_WithTheirResponses()
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json", Ct))!;
        var paths = document["paths"]!.AsObject();

        foreach (var path in new[] { "/api/inspections", "/api/inspections/{id}", "/api/evaluations", "/api/evaluations/{id}" })
        {
            var get = paths[path].ShouldNotBeNull(path)["get"]!;
            get["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            get["responses"]!["200"]!["content"]!["application/json"]!["schema"].ShouldNotBeNull(path);
            get["responses"]!.AsObject().Select(r => r.Key).ShouldContain(path.EndsWith("{id}", StringComparison.Ordinal) ? "404" : "400", path);
        }
    }
}

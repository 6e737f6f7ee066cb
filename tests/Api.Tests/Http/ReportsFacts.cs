using System.Net;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

public class ReportsFacts(DomainRecordsApiFactory factory) : IClassFixture<DomainRecordsApiFactory>
{
    private const string Base = "/api/reports";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonObject> PageAsync(string user, string query = "") =>
        await (await (await factory.As(user)).GetAsync(Base + query, Ct)).ReadObjectAsync(HttpStatusCode.OK);

    private static List<string> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

    private static JsonObject Item(JsonObject page, Guid id) => page["items"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == id.ToString())!.AsObject();

    private static List<string> Units(JsonNode? list, string path = "") =>
        list!.AsArray().Select(u => (path.Length == 0 ? u : u![path])!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Supervisor_SeesEveryObligation_LatestDueFirst_WithEachUnitsSubmissionAndTheUnitsStillOwing()
    {
        var page = await PageAsync("supervisor");

        page["total"]!.GetValue<int>().ShouldBe(3);
        Ids(page).ShouldBe([factory.SixMonthReport.Id.ToString(), factory.QuarterReport.Id.ToString(), factory.AnnualReport.Id.ToString()]);
        var quarter = Item(page, factory.QuarterReport.Id);
        quarter["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-quarter");
        quarter["kind"]!.GetValue<string>().ShouldBe("Quarterly");
        quarter["dueOn"]!.GetValue<string>().ShouldBe("2026-04-10");
        quarter["recipient"]!["id"]!.GetValue<string>().ShouldBe("BTGDV-KG");
        quarter["recipient"]!["nameVi"]!.GetValue<string>().ShouldBe("Phòng Khoa giáo");
        var submissions = quarter["submissions"]!.AsArray();
        var health = submissions.Single(s => s!["unit"]!["id"]!.GetValue<string>() == "DU-SYT")!;
        (health["status"]!.GetValue<string>(), health["isLate"]!.GetValue<bool>(), health["returnCount"]!.GetValue<int>(), health["reviewNotes"]!.GetValue<string>())
            .ShouldBe(("Submitted", false, 1, "Bổ sung số liệu biểu 02"));
        health["unit"]!["nameVi"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Y tế");
        health["firstSubmittedAt"]!.GetValue<DateTimeOffset>().ShouldBeLessThan(health["submittedAt"]!.GetValue<DateTimeOffset>());
        health["reviewedAt"].ShouldNotBeNull();
        var education = submissions.Single(s => s!["unit"]!["id"]!.GetValue<string>() == "DU-SGDDT")!;
        (education["status"]!.GetValue<string>(), education["isLate"]!.GetValue<bool>(), education["reviewedAt"]).ShouldBe(("Late", true, null));
        Units(quarter["outstanding"]).ShouldBe(["DU-XA-AN-BINH"]);
        Item(page, factory.SixMonthReport.Id)["workflowInstanceId"].ShouldBeNull();
        Item(page, factory.SixMonthReport.Id)["sourceDocumentId"]!.GetValue<string>().ShouldBe(factory.ReportGuidance.Id.ToString());
    }

    [Fact]
    public async Task Filters_NarrowTheObligations_AndTheSubmissionsShown()
    {
        var late = await PageAsync("supervisor", "?status=late");
        var outstanding = await PageAsync("supervisor", "?status=Outstanding");
        var accepted = await PageAsync("supervisor", "?status=Accepted");
        var health = await PageAsync("supervisor", "?unitId=DU-SYT");
        var due = await PageAsync("supervisor", "?dueFrom=2026-01-01&dueTo=2026-05-01");
        var second = await PageAsync("supervisor", "?pageSize=1&page=2");

        Ids(late).ShouldBe([factory.QuarterReport.Id.ToString()]);
        Units(late["items"]![0]!["submissions"], "unit").ShouldBe(["DU-SGDDT"]);
        late["items"]![0]!["outstanding"]!.AsArray().ShouldBeEmpty();
        Ids(outstanding).ShouldBe([factory.SixMonthReport.Id.ToString(), factory.QuarterReport.Id.ToString()]);
        Item(outstanding, factory.QuarterReport.Id)["submissions"]!.AsArray().ShouldBeEmpty();
        Ids(accepted).ShouldBe([factory.AnnualReport.Id.ToString()]);
        Ids(health).ShouldBe([factory.QuarterReport.Id.ToString(), factory.AnnualReport.Id.ToString()]);
        Units(Item(health, factory.QuarterReport.Id)["submissions"], "unit").ShouldBe(["DU-SYT"]);
        Item(health, factory.QuarterReport.Id)["outstanding"]!.AsArray().ShouldBeEmpty();
        Ids(due).ShouldBe([factory.QuarterReport.Id.ToString()]);
        (second["total"]!.GetValue<int>(), second["page"]!.GetValue<int>(), second["pageSize"]!.GetValue<int>()).ShouldBe((3, 2, 1));
        Ids(second).ShouldBe([factory.QuarterReport.Id.ToString()]);
    }

    [Fact]
    public async Task AnOfficer_SeesOnlyTheReportsTheirUnitOwes_WithOnlyTheirUnitsSubmission()
    {
        var officer1 = await PageAsync("officer1");
        var officer2 = await PageAsync("officer2");
        var otherUnit = await (await (await factory.As("officer1")).GetAsync(Base + "?unitId=DU-SGDDT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var quarter = await (await (await factory.As("officer1")).GetAsync($"{Base}/{factory.QuarterReport.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        Ids(officer1).ShouldBe([factory.QuarterReport.Id.ToString(), factory.AnnualReport.Id.ToString()]);
        Units(Item(officer1, factory.QuarterReport.Id)["submissions"], "unit").ShouldBe(["DU-SYT"]);
        Item(officer1, factory.QuarterReport.Id)["outstanding"]!.AsArray().ShouldBeEmpty();
        Ids(officer2).ShouldBe([factory.SixMonthReport.Id.ToString(), factory.QuarterReport.Id.ToString()]);
        Units(Item(officer2, factory.SixMonthReport.Id)["outstanding"]).ShouldBe(["DU-SGDDT"]);
        otherUnit["title"]!.GetValue<string>().ShouldBe("Unit 'DU-SGDDT' is outside your unit.");
        Units(quarter["submissions"], "unit").ShouldBe(["DU-SYT"]);
    }

    [Fact]
    public async Task OneReport_HasAllItsSubmissions_ForASupervisor_AndIsRefusedToAnOfficerOfAnotherUnit()
    {
        var supervisor = await factory.As("supervisor");
        var officer1 = await factory.As("officer1");

        var quarter = await (await supervisor.GetAsync($"{Base}/{factory.QuarterReport.Id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var notTheirs = await (await officer1.GetAsync($"{Base}/{factory.SixMonthReport.Id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var unknown = await (await supervisor.GetAsync($"{Base}/{Guid.NewGuid()}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        var notAnId = await (await supervisor.GetAsync($"{Base}/quarter-1", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);

        quarter["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-quarter");
        Units(quarter["submissions"], "unit").ShouldBe(["DU-SYT", "DU-SGDDT"], ignoreOrder: true);
        Units(quarter["outstanding"]).ShouldBe(["DU-XA-AN-BINH"]);
        notTheirs["title"]!.GetValue<string>().ShouldBe("This report is owed by other units.");
        unknown["title"]!.GetValue<string>().ShouldStartWith("Report '");
        notAnId["title"]!.GetValue<string>().ShouldBe("Report 'quarter-1' was not found.");
    }

    [Fact]
    public async Task Reports_NeedASignIn_AndAnswerBadFiltersFieldByField()
    {
        (await factory.CreateClient().GetAsync(Base, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClient().GetAsync($"{Base}/{factory.QuarterReport.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var viewer = await factory.As("viewer");

        var problem = await (await viewer.GetAsync($"{Base}?status=Lost&dueFrom=2026-05-01&dueTo=2026-04-01&page=0&pageSize=0", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badDate = await (await viewer.GetAsync($"{Base}?dueFrom=2026-04-31", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var capped = await (await viewer.GetAsync($"{Base}?pageSize=5000", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        problem.ErrorsOf("status").ShouldBe(["The status is one of Submitted, Late, Returned, Accepted, Outstanding."]);
        problem.ErrorsOf("dueTo").ShouldBe(["dueTo is before dueFrom."]);
        problem.ErrorsOf("page").ShouldBe(["Pages are numbered from 1."]);
        problem.ErrorsOf("pageSize").ShouldBe(["The page size must be 1 or more."]);
        badDate["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["dueFrom"]);
        capped["pageSize"]!.GetValue<int>().ShouldBe(100);
        capped["total"]!.GetValue<int>().ShouldBe(3);
    }
    [Fact]
    public async Task TheRecordEndpoints_AreDescribedInOpenApi_WithTheirAnswers()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var paths = document["paths"]!.AsObject();

        foreach (var path in new[] { "/api/reports", "/api/reports/{id}", "/api/urge-notices", "/api/documents", "/api/documents/{id}" })
        {
            var get = paths[path]?["get"] ?? throw new ShouldAssertException($"{path} is not described");
            get["summary"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            get["responses"]!["200"]!["content"]!["application/json"]!["schema"].ShouldNotBeNull(path);
            get["responses"]!.AsObject().Select(r => r.Key).ShouldContain(path.EndsWith("{id}", StringComparison.Ordinal) ? "404" : "400", path);
        }
        paths["/api/reports"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>())
            .ShouldBe(["unitId", "status", "dueFrom", "dueTo", "page", "pageSize"], ignoreOrder: true);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>A report a workflow run asks for shows under /api/reports, linked to the run, once a unit hands it in.</summary>
public class ReportsFromWorkflowFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReportAskedForByAWorkflow_IsListedWithTheRun_AndTheUnitsSubmission()
    {
        var definition = Sequence("thematic-report", "Báo cáo chuyên đề",
            Activity("start", "Elsa.Start"),
            Activity("report", "Supervision.SubmitReport",
                ("title", Literal("Báo cáo chuyên đề chuyển đổi số")),
                ("titleEn", Literal("Thematic report on digital transformation")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT", "DU-SGDDT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("reportKind", Literal("Thematic"))));
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", definition, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/thematic-report/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "thematic-report" }, Ct)).ReadObjectAsync(HttpStatusCode.Created);
        var instanceId = started["summary"]!["id"]!.GetValue<string>();
        var officer1 = await factory.As("officer1");
        var inbox = await (await officer1.GetAsync("/api/tasks?pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var task = inbox["items"]!.AsArray().Single(t => t!["instanceId"]!.GetValue<string>() == instanceId)!;
        (await officer1.PostAsJsonAsync($"/api/tasks/{task["id"]!.GetValue<string>()}/complete", new { action = "Submit" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reports = await (await supervisor.GetAsync("/api/reports", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var officer2 = await (await (await factory.As("officer2")).GetAsync("/api/reports", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var report = reports["items"]!.AsArray().Single(r => r!["workflowInstanceId"]?.GetValue<string>() == instanceId)!;
        (report["title"]!.GetValue<string>(), report["kind"]!.GetValue<string>()).ShouldBe(("Báo cáo chuyên đề chuyển đổi số", "Thematic"));
        report["titleEn"]!.GetValue<string>().ShouldBe("Thematic report on digital transformation");
        report["submissions"]!.AsArray().Select(s => (s!["unit"]!["id"]!.GetValue<string>(), s["status"]!.GetValue<string>())).ShouldBe([("DU-SYT", "Submitted")]);
        report["outstanding"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ShouldBe(["DU-SGDDT"]);
        var theirs = officer2["items"]!.AsArray().Single(r => r!["workflowInstanceId"]?.GetValue<string>() == instanceId)!;
        theirs["submissions"]!.AsArray().ShouldBeEmpty();
        theirs["outstanding"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ShouldBe(["DU-SGDDT"]);
    }

    [Fact]
    public async Task AUnitSubmits_AndTheReviewerReturnsThenAccepts_ThroughTheReportsEndpoints()
    {
        var definition = Sequence("reviewed-report", "Báo cáo có thẩm định",
            Activity("start", "Elsa.Start"),
            Activity("report", "Supervision.SubmitReport",
                ("title", Literal("Báo cáo sơ kết 6 tháng")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT", "DU-SGDDT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("reviewer", new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """{"userName": "supervisor"}""" } }),
                ("reportKind", Literal("SixMonth"))));
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", definition, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/reviewed-report/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "reviewed-report" }, Ct)).ReadObjectAsync(HttpStatusCode.Created);
        var instanceId = started["summary"]!["id"]!.GetValue<string>();
        var officer1 = await factory.As("officer1"); // of DU-SYT
        async Task<JsonObject> ReportAsync() => (await (await supervisor.GetAsync("/api/reports?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(r => r!["workflowInstanceId"]?.GetValue<string>() == instanceId)!.AsObject();
        var id = (await ReportAsync())["id"]!.GetValue<string>();
        string Url(string unit, string action) => $"/api/reports/{id}/units/{unit}/{action}";

        static List<(string, string, bool)> Steps(JsonObject report) =>
            [.. report["openSteps"]!.AsArray().Select(x => (x!["unitId"]!.GetValue<string>(), x["step"]!.GetValue<string>(), x["canAct"]!.GetValue<bool>()))];
        var officersView = (await (await officer1.GetAsync($"/api/reports/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK));
        var supervisorsView = await ReportAsync();
        Steps(officersView).ShouldBe([("DU-SYT", "submit", true)]); // their unit's step only, theirs to take
        Steps(supervisorsView).ShouldBe([("DU-SGDDT", "submit", false), ("DU-SYT", "submit", false)]);
        var early = await (await supervisor.PostJsonAsync(Url("DU-SYT", "accept"), new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        var otherUnit = await (await officer1.PostJsonAsync(Url("DU-SGDDT", "submit"), new { })).ReadProblemAsync(HttpStatusCode.Forbidden);
        (await (await officer1.PostJsonAsync(Url("DU-SYT", "submit"), new { comment = "Gửi báo cáo." })).ReadObjectAsync(HttpStatusCode.OK))["status"]!.GetValue<string>().ShouldBe("Completed");
        var submitted = (await ReportAsync())["submissions"]!.AsArray().Single()!["status"]!.GetValue<string>();
        Steps(await ReportAsync()).ShouldBe([("DU-SGDDT", "submit", false), ("DU-SYT", "review", true)]);
        var noComment = await (await supervisor.PostJsonAsync(Url("DU-SYT", "return"), new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        (await supervisor.PostJsonAsync(Url("DU-SYT", "return"), new { comment = "Thiếu số liệu quý II." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var returned = (await ReportAsync())["submissions"]!.AsArray().Single()!["status"]!.GetValue<string>();
        (await officer1.PostJsonAsync(Url("DU-SYT", "submit"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.PostJsonAsync(Url("DU-SYT", "accept"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = (await ReportAsync())["submissions"]!.AsArray().Single()!["status"]!.GetValue<string>();

        early["title"]!.GetValue<string>().ShouldContain("waiting for review");
        otherUnit["status"]!.GetValue<int>().ShouldBe(403);
        submitted.ShouldBe("Submitted");
        noComment.ErrorsOf("comment").ShouldNotBeEmpty();
        returned.ShouldBe("Returned");
        accepted.ShouldBe("Accepted");
        await (await supervisor.PostJsonAsync($"/api/reports/{Guid.NewGuid()}/units/DU-SYT/accept", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        (await supervisor.PostJsonAsync($"/api/reports/{id}/units/DU-SYT/approve", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ActingOnAUnitThatDoesNotExist_IsNotFound_WhileAKnownUnitWithNothingWaitingIsAConflict()
    {
        var definition = Sequence("unit-report", "Báo cáo đơn vị",
            Activity("start", "Elsa.Start"),
            Activity("report", "Supervision.SubmitReport",
                ("title", Literal("Báo cáo quý")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("reviewer", new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """{"userName": "supervisor"}""" } }),
                ("reportKind", Literal("Quarterly"))));
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", definition, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/unit-report/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "unit-report" }, Ct)).ReadObjectAsync(HttpStatusCode.Created);
        var instanceId = started["summary"]!["id"]!.GetValue<string>();
        var reports = await (await supervisor.GetAsync("/api/reports?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var id = reports["items"]!.AsArray().Single(r => r!["workflowInstanceId"]?.GetValue<string>() == instanceId)!["id"]!.GetValue<string>();

        var unknown = new List<JsonObject>();
        foreach (var unit in new[] { "NO-SUCH-UNIT", Guid.NewGuid().ToString() })
        {
            foreach (var action in new[] { "submit", "accept", "return" })
                unknown.Add(await (await supervisor.PostJsonAsync($"/api/reports/{id}/units/{unit}/{action}", new { comment = "x" })).ReadProblemAsync(HttpStatusCode.NotFound));
        }
        var nothingWaiting = await (await supervisor.PostJsonAsync($"/api/reports/{id}/units/DU-SGDDT/submit", new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        var notYetSubmitted = await (await supervisor.PostJsonAsync($"/api/reports/{id}/units/DU-SYT/accept", new { })).ReadProblemAsync(HttpStatusCode.Conflict);

        unknown[0]["title"]!.GetValue<string>().ShouldBe("Unit 'NO-SUCH-UNIT' was not found.");
        unknown.Count.ShouldBe(6);
        nothingWaiting["title"]!.GetValue<string>().ShouldBe("Unit 'DU-SGDDT' has no report of this obligation waiting to be submitted.");
        notYetSubmitted["title"]!.GetValue<string>().ShouldContain("waiting for review");
    }
}

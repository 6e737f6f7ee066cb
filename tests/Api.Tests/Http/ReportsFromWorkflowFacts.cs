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
        report["submissions"]!.AsArray().Select(s => (s!["unit"]!["id"]!.GetValue<string>(), s["status"]!.GetValue<string>())).ShouldBe([("DU-SYT", "Submitted")]);
        report["outstanding"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ShouldBe(["DU-SGDDT"]);
        var theirs = officer2["items"]!.AsArray().Single(r => r!["workflowInstanceId"]?.GetValue<string>() == instanceId)!;
        theirs["submissions"]!.AsArray().ShouldBeEmpty();
        theirs["outstanding"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ShouldBe(["DU-SGDDT"]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Cli;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// The annual cycle over HTTP only: a designer publishes it, a supervisor starts it for three units, the officers
/// submit, the supervisor returns one and approves the others, and the dashboard counts what happened.
/// </summary>
public class WalkThroughFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnnualCycle_RunsOverHttp_AndTheDashboardCountsIt()
    {
        // An administrator gives the third unit its officer.
        var admin = await factory.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName = "officer3", displayName = "Hoàng Văn Ba", password = "mật khẩu an toàn", roles = new[] { "UnitOfficer" }, unitId = "DU-XA-AN-BINH", locale = "vi-VN",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        // The designer publishes the annual cycle as a definition of their own.
        var designer = await factory.ClientForAsync("designer");
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Workflows, "template-annual-plan-cycle.json"), Ct))!.AsObject();
        template["definitionId"] = "walkthrough-annual";
        template["id"] = "walkthrough-annual:v1";
        var saved = await designer.PostAsJsonAsync("/api/workflow-definitions", template, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/walkthrough-annual/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The supervisor starts a cycle for three units.
        var supervisor = await factory.ClientForAsync("supervisor");
        var start = await supervisor.PostAsJsonAsync("/api/workflow-instances", new
        {
            definitionId = "walkthrough-annual", input = new { year = 2026, planIssueBy = "03-31", unitQuery = "DU-SYT,DU-SGDDT,DU-XA-AN-BINH" }, correlationId = "KH-2026",
        }, Ct);
        start.StatusCode.ShouldBe(HttpStatusCode.Created);
        var instanceId = (await start.Content.ReadFromJsonAsync<JsonObject>(Ct))!["summary"]!["id"]!.GetValue<string>();

        await CompleteAsync(supervisor, instanceId, null, "Submit");
        await CompleteAsync(supervisor, instanceId, null, "Approve");
        await CompleteAsync(supervisor, instanceId, null, "Issued", form: new JsonObject { ["symbol"] = "12-KH/BTGDVTU" });

        // Each unit's officer submits their unit's task.
        var officers = new Dictionary<string, string> { ["officer1"] = "DU-SYT", ["officer2"] = "DU-SGDDT", ["officer3"] = "DU-XA-AN-BINH" };
        foreach (var (user, unit) in officers)
        {
            var officer = await factory.ClientForAsync(user, user == "officer3" ? "mật khẩu an toàn" : "demo");
            await CompleteAsync(officer, instanceId, unit, "Submit");
        }

        // The supervisor returns one unit's work and approves the others; the unit resubmits and is approved.
        await CompleteAsync(supervisor, instanceId, "DU-SGDDT", "Return", comment: "Thiếu biểu số liệu 02");
        await CompleteAsync(supervisor, instanceId, "DU-SYT", "Approve");
        await CompleteAsync(supervisor, instanceId, "DU-XA-AN-BINH", "Approve");
        var officer2 = await factory.ClientForAsync("officer2");
        await CompleteAsync(officer2, instanceId, "DU-SGDDT", "Submit");
        await CompleteAsync(supervisor, instanceId, "DU-SGDDT", "Approve");

        // The instance waits on the six-month reports, one per unit.
        var instance = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}", Ct))!;
        instance["summary"]!["status"]!.GetValue<string>().ShouldBe("Suspended");

        var dashboard = (await supervisor.GetFromJsonAsync<JsonObject>("/api/dashboard?groupBy=unit", Ct))!;
        foreach (var unit in officers.Values)
        {
            var row = dashboard["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == unit)!;
            // The assigned task, done on time (the return did not make it late), and the open six-month report.
            (row["assigned"]!.GetValue<int>(), row["doneOnTime"]!.GetValue<int>(), row["doneLate"]!.GetValue<int>(), row["onTrack"]!.GetValue<int>())
                .ShouldBe((2, 1, 0, 1), unit);
        }

        var officerDashboard = (await (await factory.ClientForAsync("officer1")).GetFromJsonAsync<JsonObject>("/api/dashboard?groupBy=unit", Ct))!;
        officerDashboard["rows"]!.AsArray().Select(r => r!["key"]!.GetValue<string>()).ShouldBe(["DU-SYT"]);
    }

    private static async Task CompleteAsync(HttpClient client, string instanceId, string? unitId, string action, string? comment = null, JsonObject? form = null)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>("/api/tasks?pageSize=200", Ct))!;
        var task = page["items"]!.AsArray().First(t => t!["instanceId"]!.GetValue<string>() == instanceId
            && (unitId is null || t["unitId"]?.GetValue<string>() == unitId)
            && t["canAct"]!.GetValue<bool>())!;
        var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]!.GetValue<string>()}/complete", new { action, comment, form }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }
}

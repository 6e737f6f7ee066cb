using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

public class InboxFilterOptionsFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheInboxFilters_OfferTheUnitsTheUserSees_InTreeOrder_AndThePlansOfTheirTasks()
    {
        var definition = Sequence("plan-tasks", "Giao nhiệm vụ theo kế hoạch",
            Activity("start", "Elsa.Start"),
            Activity("assign", "Supervision.AssignTasks",
                ("title", Literal("Triển khai kế hoạch khoa giáo")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT", "DU-SGDDT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("plan", Literal("KH-2026-KG"))));
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", definition, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/plan-tasks/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        await (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "plan-tasks" }, Ct)).ReadObjectAsync(HttpStatusCode.Created);

        var all = await (await supervisor.GetAsync("/api/tasks/filter-options", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var officer = await (await (await factory.As("officer1")).GetAsync("/api/tasks/filter-options", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var units = all["units"]!.AsArray().Select(u => (u!["id"]!.GetValue<string>(), u["depth"]!.GetValue<int>())).ToList();
        units.ShouldContain(("TU-DEMO", 0));
        units.IndexOf(units.Single(u => u.Item1 == "DU-SYT")).ShouldBeGreaterThan(units.IndexOf(("TU-DEMO", 0))); // a unit comes after its parent
        units.Single(u => u.Item1 == "DU-SYT").Item2.ShouldBeGreaterThan(0);
        all["plans"]!.AsArray().Select(p => p!.GetValue<string>()).Count(p => p == "KH-2026-KG").ShouldBe(1, "each plan is offered once, however many tasks carry it");
        officer["units"]!.AsArray().Select(u => u!["id"]!.GetValue<string>()).ShouldBe(["DU-SYT"]); // their unit, and none above or beside it
        officer["units"]![0]!["depth"]!.GetValue<int>().ShouldBe(0);
        officer["plans"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe(["KH-2026-KG"]);
        (await factory.CreateClient().GetAsync("/api/tasks/filter-options", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheInboxAndMilestones_FilterOnTheUnitsOffered_AndRefuseAnotherUnit()
    {
        var officer = await factory.As("officer1"); // DU-SYT
        foreach (var list in new[] { "/api/tasks?mine=false", "/api/milestones?status=Pending" })
        {
            (await officer.GetAsync($"{list}&unitId=DU-SYT", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, list);
            (await (await officer.GetAsync($"{list}&unitId=DU-SGDDT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden))["title"]!.GetValue<string>()
                .ShouldBe("Unit 'DU-SGDDT' is outside your unit.", list);
        }
    }
}

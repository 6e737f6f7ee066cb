using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// A workflow that names a plan records the plan and a work task per unit: /api/plans shows the plan with its
/// figures, /api/work-tasks each unit's work as it is handed in and its due date moved, each within the caller's units.
/// </summary>
public class PlansAndWorkTasksFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string PlanKey = "KH-KG-2026";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> StartPlanWorkflowAsync()
    {
        var definition = Sequence("plan-work", "Triển khai kế hoạch",
            Activity("start", "Elsa.Start"),
            Activity("assign", "Supervision.AssignTasks",
                ("title", Literal("Triển khai kế hoạch khoa giáo")),
                ("titleEn", Literal("Carry out the science and education plan")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT", "DU-SGDDT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("reviewer", Object("""{"role": "Specialist", "unitId": "BTGDV-KG"}""")),
                ("guidance", Literal("Kế hoạch công tác khoa giáo năm 2026")),
                ("guidanceEn", Literal("Science and education work plan 2026")),
                ("plan", Literal(PlanKey))));
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", definition, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/plan-work/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "plan-work" }, Ct)).ReadObjectAsync(HttpStatusCode.Created);
        return started["summary"]!["id"]!.GetValue<string>();
    }

    private static JsonObject Single(JsonObject page, string key, string value) =>
        page["items"]!.AsArray().Single(i => i!.AsObject()[key]?.GetValue<string>() == value)!.AsObject();

    [Fact]
    public async Task APlanNamedByAWorkflow_IsListedWithItsFigures_AndItsWorkTasksFollowTheWork()
    {
        var instanceId = await StartPlanWorkflowAsync();
        var supervisor = await factory.As("supervisor");
        var officer1 = await factory.As("officer1"); // DU-SYT
        var officer2 = await factory.As("officer2"); // DU-SGDDT

        var plans = await (await supervisor.GetAsync("/api/plans", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var plan = Single(plans, "id", PlanKey);
        (plan["title"]!.GetValue<string>(), plan["owner"]!["id"]!.GetValue<string>(), plan["status"]!.GetValue<string>(), plan["instanceId"]!.GetValue<string>())
            .ShouldBe(("Kế hoạch công tác khoa giáo năm 2026", "BTGDV-KG", "Active", instanceId));
        (plan["year"]!.GetValue<int>(), plan["periodStart"]!.GetValue<string>()).ShouldBe((2026, "2026-01-01"));
        (plan["tasks"]!["assigned"]!.GetValue<int>(), plan["tasks"]!["onTrack"]!.GetValue<int>()).ShouldBe((2, 2));

        // DU-SYT hands in; the supervisor moves DU-SGDDT's due date later.
        var inbox = await (await officer1.GetAsync($"/api/tasks?planId={PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var healthItem = inbox["items"]!.AsArray().Single()!;
        (healthItem["title"]!.GetValue<string>(), healthItem["titleEn"]!.GetValue<string>()).ShouldBe(
            ("Triển khai kế hoạch khoa giáo — Đảng ủy Sở Y tế", "Carry out the science and education plan — Party Committee of the Department of Health"));
        // Either language's title finds it.
        (await (await officer1.GetAsync("/api/tasks?q=science%20and%20education", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(i => i!["id"]!.GetValue<string>()).ShouldContain(healthItem["id"]!.GetValue<string>());
        var healthTask = healthItem["id"]!.GetValue<string>();
        // The instance viewer's task list carries the English title too.
        var instance = await (await supervisor.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        instance["tasks"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == healthTask)!["titleEn"]!.GetValue<string>()
            .ShouldBe("Carry out the science and education plan — Party Committee of the Department of Health");
        (await officer1.PostAsJsonAsync($"/api/tasks/{healthTask}/complete", new { action = "Submit" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var educationTask = (await (await officer2.GetAsync($"/api/tasks?planId={PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray().Single()!["id"]!.GetValue<string>();
        var moved = await (await supervisor.PostAsJsonAsync($"/api/tasks/{educationTask}/due-date", new { dueOn = "2026-04-30", reason = "Đơn vị đề nghị lùi hạn" }, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var newDue = moved["dueOn"]!.GetValue<string>();

        var work = await (await supervisor.GetAsync($"/api/work-tasks?planId={PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        work["total"]!.GetValue<int>().ShouldBe(2);
        var health = work["items"]!.AsArray().Single(w => w!["lead"]!["id"]!.GetValue<string>() == "DU-SYT")!;
        var education = work["items"]!.AsArray().Single(w => w!["lead"]!["id"]!.GetValue<string>() == "DU-SGDDT")!;
        (health["status"]!.GetValue<string>(), health["assigner"]!["id"]!.GetValue<string>(), health["planId"]!.GetValue<string>(), health["instanceId"]!.GetValue<string>())
            .ShouldBe(("Submitted", "BTGDV-KG", PlanKey, instanceId));
        (health["submittedBy"]!["userName"]!.GetValue<string>(), health["approvedBy"]).ShouldBe(("officer1", (JsonNode?)null));
        health["titleEn"]!.GetValue<string>().ShouldBe("Carry out the science and education plan — Party Committee of the Department of Health");
        (education["status"]!.GetValue<string>(), education["dueOn"]!.GetValue<string>(), education["extensionCount"]!.GetValue<int>(), education["deadlineState"]!.GetValue<string>())
            .ShouldBe(("Assigned", newDue, 1, "NotStarted"));
        var submitted = await (await supervisor.GetAsync($"/api/work-tasks?status=submitted&planId={PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        submitted["items"]!.AsArray().Select(w => w!["lead"]!["id"]!.GetValue<string>()).ShouldBe(["DU-SYT"]);

        // Each officer sees their unit's work and figures only.
        var theirs = await (await officer2.GetAsync("/api/work-tasks", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        theirs["items"]!.AsArray().Select(w => w!["lead"]!["id"]!.GetValue<string>()).ShouldBe(["DU-SGDDT"]);
        var healthId = health["id"]!.GetValue<string>();
        (await (await officer1.GetAsync($"/api/work-tasks/{healthId}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["code"]!.GetValue<string>().ShouldBe($"{PlanKey}/DU-SYT");
        (await (await officer2.GetAsync($"/api/work-tasks/{healthId}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden))["status"]!.GetValue<int>().ShouldBe(403);
        // Another unit's filter is refused, as on every list, rather than answered with nothing.
        foreach (var list in new[] { "/api/work-tasks", "/api/plans" })
            (await (await officer2.GetAsync($"{list}?unitId=DU-SYT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden))["title"]!.GetValue<string>()
                .ShouldBe("Unit 'DU-SYT' is outside your unit.", list);

        var detail = await (await supervisor.GetAsync($"/api/plans/{PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        detail["units"]!.AsArray().Select(u => (u!["key"]!.GetValue<string>(), u["assigned"]!.GetValue<int>())).ShouldBe([("DU-SGDDT", 1), ("DU-SYT", 1)], ignoreOrder: true);
        detail["instances"]!.AsArray().Select(i => (i!["id"]!.GetValue<string>(), i["definitionName"]!.GetValue<string>())).ShouldBe([(instanceId, "Triển khai kế hoạch")]);
        detail["plan"]!["tasks"]!["assigned"]!.GetValue<int>().ShouldBe(2);
        var officersDetail = await (await officer1.GetAsync($"/api/plans/{PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        officersDetail["units"]!.AsArray().Select(u => u!["key"]!.GetValue<string>()).ShouldBe(["DU-SYT"]);
        Single(await (await officer1.GetAsync("/api/plans", Ct)).ReadObjectAsync(HttpStatusCode.OK), "id", PlanKey)["tasks"]!["assigned"]!.GetValue<int>().ShouldBe(1);

        // The dashboard names the plan by its title, and counts one plan on request.
        var byPlan = await (await supervisor.GetAsync("/api/dashboard?groupBy=plan", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        byPlan["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == PlanKey)!["name"]!.GetValue<string>().ShouldBe("Kế hoạch công tác khoa giáo năm 2026");
        (await (await supervisor.GetAsync($"/api/dashboard?planId={PlanKey}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["totals"]!["assigned"]!.GetValue<int>().ShouldBe(2);
        // The guidance the work was assigned under is its source document.
        var bySource = await (await supervisor.GetAsync("/api/dashboard?groupBy=source", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        bySource["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == "Kế hoạch công tác khoa giáo năm 2026")!["assigned"]!.GetValue<int>().ShouldBe(2);

        // The inbox's plan filter names the plan by its title.
        var options = await (await officer1.GetAsync("/api/tasks/filter-options", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        options["plans"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldContain(PlanKey);
        options["planTitles"]![PlanKey]!["titleVi"]!.GetValue<string>().ShouldBe("Kế hoạch công tác khoa giáo năm 2026");
        options["planTitles"]![PlanKey]!["titleEn"]!.GetValue<string>().ShouldBe("Science and education work plan 2026");

        // The plan has the English title its workflow gave, and either language's title finds it.
        Single(await (await supervisor.GetAsync("/api/plans?q=work%20plan", Ct)).ReadObjectAsync(HttpStatusCode.OK), "id", PlanKey)["title"]!.GetValue<string>()
            .ShouldBe("Kế hoạch công tác khoa giáo năm 2026");
        // Named in the language the request asks for (the web app sends the one it shows), else the account's.
        var inEnglish = new HttpRequestMessage(HttpMethod.Get, "/api/plans?q=khoa%20giao") { Headers = { { "Accept-Language", "en-US" } } };
        Single(await (await supervisor.SendAsync(inEnglish, Ct)).ReadObjectAsync(HttpStatusCode.OK), "id", PlanKey)["title"]!.GetValue<string>()
            .ShouldBe("Science and education work plan 2026");
        var totalsInEnglish = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard") { Headers = { { "Accept-Language", "en" } } };
        (await (await supervisor.SendAsync(totalsInEnglish, Ct)).ReadObjectAsync(HttpStatusCode.OK))["totals"]!["name"]!.GetValue<string>().ShouldBe("Total");

        // Filters narrow the list.
        (await (await supervisor.GetAsync("/api/plans?year=2025", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>().ShouldBe(0);
        (await (await supervisor.GetAsync("/api/plans?q=khoa%20giao&status=active", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>().ShouldBe(1);
        (await (await supervisor.GetAsync("/api/plans?status=Closed", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task APlansDocument_IsSentToTheUnitsThePlanGivesWork_WhoReadIt()
    {
        var definition = Sequence("plan-sent", "Triển khai kế hoạch tuyên truyền",
            Activity("start", "Elsa.Start"),
            Activity("assign", "Supervision.AssignTasks",
                ("title", Literal("Tuyên truyền kỷ niệm ngày thành lập tỉnh")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("reviewer", Object("""{"role": "Specialist", "unitId": "BTGDV-KG"}""")),
                ("guidance", Literal("Kế hoạch tuyên truyền năm 2030")),
                ("plan", Literal("KH-TT-2030")),
                ("planDocument", Literal("30-KH/BTGDV"))));
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", definition, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/plan-sent/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "plan-sent" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var plan = await (await supervisor.GetAsync("/api/plans/KH-TT-2030", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var document = plan["plan"]!["documentId"]!.GetValue<string>();

        // Issued by the section that owns the plan, and sent to the health committee, whose work it sets.
        var officer1 = await factory.As("officer1"); // DU-SYT
        (await (await officer1.GetAsync($"/api/documents/{document}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["symbol"]!.GetValue<string>().ShouldBe("30-KH/BTGDV");
        (await (await officer1.GetAsync("/api/documents?docType=Plan", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(d => d!["id"]!.GetValue<string>()).ShouldContain(document);
        // The education committee has no work in it.
        var officer2 = await factory.As("officer2"); // DU-SGDDT
        await (await officer2.GetAsync($"/api/documents/{document}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        (await (await officer2.GetAsync("/api/documents?docType=Plan", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Select(d => d!["id"]!.GetValue<string>()).ShouldNotContain(document);
    }

    [Fact]
    public async Task UnknownPlansAndWorkTasks_AreNotFound_AndBadFilters_NameTheField()
    {
        var supervisor = await factory.As("supervisor");

        await (await supervisor.GetAsync("/api/plans/KH-NO-SUCH", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await supervisor.GetAsync($"/api/work-tasks/{Guid.NewGuid()}", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await supervisor.GetAsync("/api/work-tasks/not-an-id", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        (await (await supervisor.GetAsync("/api/plans?status=Open&year=1", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest)).ShouldSatisfyAllConditions(
            p => p.ErrorsOf("status").ShouldNotBeEmpty(),
            p => p.ErrorsOf("year").ShouldNotBeEmpty());
        (await (await supervisor.GetAsync("/api/work-tasks?status=Done&dueFrom=2026-05-01&dueTo=2026-04-01&page=0", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest)).ShouldSatisfyAllConditions(
            p => p.ErrorsOf("status").ShouldNotBeEmpty(),
            p => p.ErrorsOf("dueTo").ShouldNotBeEmpty(),
            p => p.ErrorsOf("page").ShouldNotBeEmpty());
        (await supervisor.GetAsync("/api/plans", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/api/work-tasks?planId=%20&q=%20", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/api/plans?q=%20", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().GetAsync("/api/work-tasks", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}

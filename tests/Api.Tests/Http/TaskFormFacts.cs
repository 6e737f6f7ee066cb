using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// A completion's form is checked against the fields the task declares, wherever a task is completed over HTTP: a
/// refused form answers 400 naming each field, and the task, the instance and its journal stay as they were.
/// </summary>
public class TaskFormFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonObject> OpenTaskAsync(HttpClient client, string instanceId)
    {
        var page = await (await client.GetAsync("/api/tasks?pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().First(t => t!["instanceId"]!.GetValue<string>() == instanceId && t["canAct"]!.GetValue<bool>())!.AsObject();
    }

    private static async Task CompleteAsync(HttpClient client, string instanceId, string action, JsonObject? form = null)
    {
        var id = (await OpenTaskAsync(client, instanceId))["id"]!.GetValue<string>();
        (await client.PostAsJsonAsync($"/api/tasks/{id}/complete", new { action, form }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static Task<HttpResponseMessage> CompleteRawAsync(HttpClient client, string taskId, string body) =>
        client.PostAsync($"/api/tasks/{taskId}/complete", ApiClients.Json(body), Ct);

    private async Task<string> StartAsync(object request) =>
        (await (await (await factory.As("supervisor")).PostJsonAsync("/api/workflow-instances", request)).ReadObjectAsync(HttpStatusCode.Created))["summary"]!["id"]!.GetValue<string>();

    private async Task PublishAsync(JsonObject definition)
    {
        var designer = await factory.As("designer");
        var id = definition["definitionId"]!.GetValue<string>();
        var saved = await (await designer.PostAsync("/api/workflow-definitions", ApiClients.Json(definition), Ct)).ReadObjectAsync(HttpStatusCode.Created);
        await (await designer.PostAsync($"/api/workflow-definitions/{id}/versions/{saved["version"]}/publish", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Complete_RefusesAConclusionResultThatIsNotAChoiceOrNotText_AndChangesNothing()
    {
        var supervisor = await factory.As("supervisor");
        var instanceId = await StartAsync(new
        {
            definitionId = "template-thematic-inspection",
            input = new { kind = "ThematicSupervision", topic = "Kiểm tra biểu mẫu", targets = new[] { "DU-SYT" } },
        });
        await CompleteAsync(supervisor, instanceId, "Submit");
        await CompleteAsync(supervisor, instanceId, "Approve");
        await CompleteAsync(supervisor, instanceId, "Issue", new JsonObject { ["decisionSymbol"] = "16-QĐ/BTGDVTU" });
        await CompleteAsync(await factory.As("officer1"), instanceId, "Submit");
        await CompleteAsync(supervisor, instanceId, "Done");
        var conclusion = (await OpenTaskAsync(supervisor, instanceId))["id"]!.GetValue<string>();
        var journalBefore = (await (await supervisor.GetAsync($"/api/workflow-instances/{instanceId}/journal?pageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();

        var bogus = await (await CompleteRawAsync(supervisor, conclusion, """{"action": "Issue", "comment": "c", "form": {"result": "Bogus"}}""")).ReadProblemAsync(HttpStatusCode.BadRequest);
        var number = await (await CompleteRawAsync(supervisor, conclusion, """{"action": "Issue", "comment": "c", "form": {"result": 5}}""")).ReadProblemAsync(HttpStatusCode.BadRequest);
        var list = await (await CompleteRawAsync(supervisor, conclusion, """{"action": "Issue", "comment": "c", "form": {"result": ["Raised"], "findings": 7, "x": [1, 2, 3]}}""")).ReadProblemAsync(HttpStatusCode.BadRequest);
        var vietnamese = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{conclusion}/complete")
        {
            Headers = { { "Accept-Language", "vi" } },
            Content = ApiClients.Json("""{"action": "Issue", "form": {"result": "Bogus"}}"""),
        };
        var inVietnamese = await (await supervisor.SendAsync(vietnamese, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        var task = await (await supervisor.GetAsync($"/api/tasks/{conclusion}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var instance = await (await supervisor.GetAsync($"/api/workflow-instances/{instanceId}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var journalAfter = (await (await supervisor.GetAsync($"/api/workflow-instances/{instanceId}/journal?pageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
        bogus.ErrorsOf("form.result").ShouldBe(["'Bogus' is not a choice of 'Result'; the choices are None, Raised, Refer."]);
        number.ErrorsOf("form.result").ShouldBe(["'Result' takes one of None, Raised, Refer."]);
        list.ErrorsOf("form.result").ShouldBe(["'Result' takes one of None, Raised, Refer."]);
        list.ErrorsOf("form.findings").ShouldBe(["'Findings' takes text."]);
        list.ErrorsOf("form.x").Single().ShouldStartWith("This task's form has no field 'x'");
        inVietnamese.ErrorsOf("form.result").ShouldBe(["'Bogus' không phải một lựa chọn của 'Kết quả'; các lựa chọn là: None, Raised, Refer."]);
        task["task"]!["status"]!.GetValue<string>().ShouldBe("Open");
        instance["summary"]!["status"]!.GetValue<string>().ShouldBe("Suspended");
        instance["incidents"]!.AsArray().ShouldBeEmpty();
        journalAfter.ShouldBe(journalBefore);

        (await CompleteRawAsync(supervisor, conclusion, """{"action": "Issue", "form": {"result": "None"}}""")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Complete_RefusesFormDataOnATaskWithoutAForm()
    {
        await PublishAsync(OneTask("form-none"));
        var instanceId = await StartAsync(new { definitionId = "form-none" });
        var officer = await factory.As("officer1");
        var task = (await OpenTaskAsync(officer, instanceId))["id"]!.GetValue<string>();

        var refused = await (await CompleteRawAsync(officer, task, """{"action": "Done", "form": {"x": [1, 2, 3]}}""")).ReadProblemAsync(HttpStatusCode.BadRequest);

        refused.ErrorsOf("form.x").ShouldBe(["This task has no form; 'x' cannot be sent with it."]);
        (await (await officer.GetAsync($"/api/tasks/{task}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["task"]!["status"]!.GetValue<string>().ShouldBe("Open");
        (await CompleteRawAsync(officer, task, """{"action": "Done"}""")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SubmitReport_ChecksTheDeclaredFields_AndKeepsTheRestOfWhatTheUnitSends()
    {
        await PublishAsync(Sequence("form-report", "Báo cáo có biểu mẫu",
            Activity("start", "Elsa.Start"),
            Activity("report", "Supervision.SubmitReport",
                ("title", Literal("Báo cáo quý")),
                ("units", new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = """["DU-SYT"]""" } }),
                ("deadline", Literal("WorkingDays:10")),
                ("form", Object("""[{"name": "pages", "labelEn": "Pages", "type": "number", "required": true}]""")),
                ("reportKind", Literal("Quarterly")))));
        var instanceId = await StartAsync(new { definitionId = "form-report" });
        var officer = await factory.As("officer1");
        var supervisor = await factory.As("supervisor");
        var report = (await (await supervisor.GetAsync("/api/reports?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK))["items"]!.AsArray()
            .Single(r => r!["workflowInstanceId"]?.GetValue<string>() == instanceId)!["id"]!.GetValue<string>();
        var submit = $"/api/reports/{report}/units/DU-SYT/submit";

        var refused = await (await officer.PostJsonAsync(submit, new { form = new { pages = "nhiều", attachment = "bao-cao-quy.pdf" } })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var stillOpen = (await OpenTaskAsync(officer, instanceId))["stage"]!.GetValue<string>();
        var submitted = await (await officer.PostJsonAsync(submit, new { form = new { pages = 12, attachment = "bao-cao-quy.pdf" } })).ReadObjectAsync(HttpStatusCode.OK);

        refused.ErrorsOf("form.pages").ShouldBe(["'Pages' takes a number."]);
        refused["errors"]!.AsObject().Count.ShouldBe(1);
        stillOpen.ShouldBe("Work");
        submitted["status"]!.GetValue<string>().ShouldBe("Completed");
    }
}

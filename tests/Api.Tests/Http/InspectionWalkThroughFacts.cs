using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// The shipped thematic-inspection template over HTTP: once the leader issues the conclusion, the inspection the
/// engine recorded is listed with its findings and a link to the instance, and each officer sees their unit's part.
/// </summary>
public class InspectionWalkThroughFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcludedInspection_IsListed_WithTheFindingsOfEachUnitAndItsInstance()
    {
        var supervisor = await factory.As("supervisor");
        var start = await supervisor.PostAsJsonAsync("/api/workflow-instances", new
        {
            definitionId = "template-thematic-inspection",
            input = new { kind = "ThematicSupervision", topic = "Thực hiện Chỉ thị 15 về y tế, giáo dục cơ sở", targets = new[] { "DU-SYT", "DU-SGDDT" } },
        }, Ct);
        var instanceId = (await start.ReadObjectAsync(HttpStatusCode.Created))["summary"]!["id"]!.GetValue<string>();

        (await (await supervisor.GetAsync("/api/inspections", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>().ShouldBe(0);
        await CompleteAsync(supervisor, instanceId, null, "Submit");
        await CompleteAsync(supervisor, instanceId, null, "Approve");
        await CompleteAsync(supervisor, instanceId, null, "Issue", new JsonObject { ["decisionSymbol"] = "15-QĐ/BTGDVTU" });
        await CompleteAsync(await factory.As("officer1"), instanceId, "DU-SYT", "Submit");
        await CompleteAsync(await factory.As("officer2"), instanceId, "DU-SGDDT", "Submit");
        await CompleteAsync(supervisor, instanceId, null, "Done");
        // The conclusion's result is chosen by what each option means, in both languages.
        var conclusion = (await supervisor.GetFromJsonAsync<JsonObject>("/api/tasks?pageSize=200", Ct))!["items"]!.AsArray()
            .First(t => t!["instanceId"]!.GetValue<string>() == instanceId && t["canAct"]!.GetValue<bool>())!;
        var form = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/{conclusion["id"]!.GetValue<string>()}", Ct))!["form"]!.AsArray();
        var labels = form.Single(f => f!["name"]!.GetValue<string>() == "result")!["optionLabels"]!;
        labels["Raised"]!["vi"]!.GetValue<string>().ShouldBe("Có khuyết điểm, vi phạm phải khắc phục");
        labels["Refer"]!["en"]!.GetValue<string>().ShouldBe("Refer to the Inspection Commission");
        await CompleteAsync(supervisor, instanceId, null, "Issue", new JsonObject { ["result"] = "Raised", ["findings"] = "Chậm ban hành kế hoạch thực hiện" });

        // The conclusion raised shortcomings, so the template goes on to remediation: the inspection is open until it is done.
        var page = await (await supervisor.GetAsync("/api/inspections?unitId=DU-SGDDT&status=Remediation", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var inspection = page["items"]!.AsArray().ShouldHaveSingleItem()!;
        inspection["workflowInstanceId"]!.GetValue<string>().ShouldBe(instanceId);
        inspection["topicVi"]!.GetValue<string>().ShouldBe("Thực hiện Chỉ thị 15 về y tế, giáo dục cơ sở");
        inspection["findings"]!["shortcomings"]!.GetValue<int>().ShouldBe(2);
        var id = inspection["id"]!.GetValue<string>();

        var detail = await (await (await factory.As("officer1")).GetAsync($"/api/inspections/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var finding = detail["findings"]!.AsArray().ShouldHaveSingleItem()!;
        (finding["targetUnit"]!["id"]!.GetValue<string>(), finding["description"]!.GetValue<string>()).ShouldBe(("DU-SYT", "Chậm ban hành kế hoạch thực hiện"));
        detail["conclusion"]!["requirements"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Chậm ban hành kế hoạch thực hiện"]);
        detail["team"]!["head"]!["userName"]!.GetValue<string>().ShouldBe("supervisor");
        detail["team"]!["head"]!["displayName"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var decision = await (await supervisor.GetAsync($"/api/documents/{detail["decisionDocumentId"]!.GetValue<string>()}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        (decision["symbol"]!.GetValue<string>(), decision["signer"]!["userName"]!.GetValue<string>()).ShouldBe(("15-QĐ/BTGDVTU", "supervisor"));
        var fix = detail["remediationActions"]!.AsArray().ShouldHaveSingleItem()!;
        (fix["responsibleUnit"]!["id"]!.GetValue<string>(), fix["findingId"]!.GetValue<string>(), fix["status"]!.GetValue<string>())
            .ShouldBe(("DU-SYT", finding["id"]!.GetValue<string>(), "Open"));

        (fix["openStep"]!["step"]!.GetValue<string>(), fix["openStep"]!["canAct"]!.GetValue<bool>()).ShouldBe(("report", true));

        // Each unit reports its fix through the inspection and the specialist verifies it: then the inspection is closed.
        var officer1 = await factory.As("officer1");
        var officer2 = await factory.As("officer2");
        string Act(string fixId, string action) => $"/api/inspections/{id}/remediation-actions/{fixId}/{action}";
        var healthFix = fix["id"]!.GetValue<string>();
        var educationFix = (await (await officer2.GetAsync($"/api/inspections/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["remediationActions"]!.AsArray().Single()!["id"]!.GetValue<string>();
        (await officer1.PostJsonAsync(Act(healthFix, "report"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer2.PostJsonAsync(Act(educationFix, "report"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var reported = await (await supervisor.GetAsync($"/api/inspections/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        reported["remediationActions"]!.AsArray().Select(a => (a!["status"]!.GetValue<string>(), a["openStep"]!["step"]!.GetValue<string>())).ShouldBe([("Reported", "verify"), ("Reported", "verify")]);
        var again = await (await officer1.PostJsonAsync(Act(healthFix, "report"), new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        var notTheirs = await (await officer1.PostJsonAsync(Act(healthFix, "verify"), new { })).ReadProblemAsync(HttpStatusCode.Forbidden);
        var noComment = await (await supervisor.PostJsonAsync(Act(healthFix, "reject"), new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await supervisor.PostJsonAsync(Act(Guid.NewGuid().ToString(), "verify"), new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        (await supervisor.PostJsonAsync(Act(healthFix, "reject"), new { comment = "Thiếu kế hoạch kèm theo." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer1.PostJsonAsync(Act(healthFix, "report"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.PostJsonAsync(Act(healthFix, "verify"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.PostJsonAsync(Act(educationFix, "verify"), new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await (await supervisor.GetAsync($"/api/inspections/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        again["title"]!.GetValue<string>().ShouldContain("not waiting for the unit's report");
        notTheirs["status"]!.GetValue<int>().ShouldBe(403);
        noComment.ErrorsOf("comment").ShouldNotBeEmpty();
        closed["summary"]!["status"]!.GetValue<string>().ShouldBe("Closed");
        closed["remediationActions"]!.AsArray().ShouldAllBe(a => a!["openStep"] == null);
        closed["remediationActions"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()).ShouldBe(["Verified", "Verified"]);
    }

    private static async Task CompleteAsync(HttpClient client, string instanceId, string? unitId, string action, JsonObject? form = null)
    {
        var page = (await client.GetFromJsonAsync<JsonObject>("/api/tasks?pageSize=200", Ct))!;
        var task = page["items"]!.AsArray().First(t => t!["instanceId"]!.GetValue<string>() == instanceId
            && (unitId is null || t["unitId"]?.GetValue<string>() == unitId)
            && t["canAct"]!.GetValue<bool>())!;
        var response = await client.PostAsJsonAsync($"/api/tasks/{task["id"]!.GetValue<string>()}/complete", new { action, comment = (string?)null, form }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
    }
}

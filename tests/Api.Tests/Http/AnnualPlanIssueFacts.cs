using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// The annual cycle's "Ban hành" step (IssuePlan): the number the clerk gives the plan is recorded on the plan's
/// document, and the step's form is held to its fields' lengths.
/// </summary>
public class AnnualPlanIssueFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts the shipped annual cycle for a year and completes its draft and approval; returns the instance and the open IssuePlan task.</summary>
    private async Task<(string InstanceId, string IssueTaskId)> UpToIssueAsync(int year)
    {
        // Late in the year before the cycle's, as a board prepares it, before anyone signs in (tokens would expire).
        var preparing = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);
        if (factory.Clock.GetUtcNow() < preparing)
            factory.Clock.SetUtcNow(preparing);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostJsonAsync("/api/workflow-instances", new
        {
            definitionId = "template-annual-plan-cycle", input = new { year },
        })).ReadObjectAsync(HttpStatusCode.Created);
        var instanceId = started["summary"]!["id"]!.GetValue<string>();
        await CompleteAsync(await OpenTaskAsync(instanceId), new { action = "Submit" });
        await CompleteAsync(await OpenTaskAsync(instanceId), new { action = "Approve" });
        return (instanceId, await OpenTaskAsync(instanceId));
    }

    private async Task<string> OpenTaskAsync(string instanceId)
    {
        var page = await (await (await factory.As("supervisor")).GetAsync("/api/tasks?mine=false&pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Single(t => t!["instanceId"]!.GetValue<string>() == instanceId && t["canAct"]!.GetValue<bool>())!["id"]!.GetValue<string>();
    }

    private async Task CompleteAsync(string taskId, object body) =>
        await (await (await factory.As("supervisor")).PostAsJsonAsync($"/api/tasks/{taskId}/complete", body, Ct)).ReadObjectAsync(HttpStatusCode.OK);

    [Fact]
    public async Task IssuingThePlan_RecordsItsNumberAndDate_OnThePlansDocument()
    {
        var (_, issue) = await UpToIssueAsync(2027);

        await CompleteAsync(issue, new { action = "Issued", form = new { symbol = "123-KH/BTGDV" } });

        var supervisor = await factory.As("supervisor");
        var plan = await (await supervisor.GetAsync("/api/plans/KH-KG-2027", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var documentId = plan["plan"]!["documentId"]!.GetValue<string>();
        var document = await (await supervisor.GetAsync($"/api/documents/{documentId}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        (document["status"]!.GetValue<string>(), document["symbol"]?.GetValue<string>(), document["number"]?.GetValue<int>(), document["issuedOn"]?.GetValue<string>())
            .ShouldBe(("Issued", "123-KH/BTGDV", 123, "2026-11-26"));
        var listed = await (await supervisor.GetAsync("/api/documents?docType=Plan", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        listed["items"]!.AsArray().Single(d => d!["id"]!.GetValue<string>() == documentId)!["symbol"]!.GetValue<string>().ShouldBe("123-KH/BTGDV");
    }

    [Fact]
    public async Task IssuingThePlan_RefusesASymbolLongerThanItsField_NamingTheField_AndLeavesTheTaskOpen()
    {
        var (_, issue) = await UpToIssueAsync(2028);
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.PostAsJsonAsync($"/api/tasks/{issue}/complete",
            new { action = "Issued", form = new { symbol = new string('1', 100_000) } }, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("form.symbol").Single().ShouldBe("'Number and symbol' takes at most 64 characters (100000 given).");
        var task = await (await supervisor.GetAsync($"/api/tasks/{issue}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        task["task"]!["status"]!.GetValue<string>().ShouldBe("Open");
    }

    [Fact]
    public async Task IssuingThePlan_RefusesASymbolThePlansDocumentCannotTake_InTheReadersLanguage()
    {
        var (_, issue) = await UpToIssueAsync(2029);
        var supervisor = await factory.As("supervisor");
        var stateStyle = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{issue}/complete")
        {
            Headers = { { "Accept-Language", "vi" } },
            Content = ApiClients.Json("""{"action": "Issued", "form": {"symbol": "123/KH-BTGDV"}}"""),
        };

        var problem = await (await supervisor.SendAsync(stateStyle, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("form.symbol").ShouldBe(["'Số, ký hiệu' là số, ký hiệu văn bản của Đảng, ví dụ 12-KH/BTGDV; '123/KH-BTGDV' không phải."]);
        (await (await supervisor.GetAsync($"/api/tasks/{issue}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["task"]!["status"]!.GetValue<string>().ShouldBe("Open");
    }
}

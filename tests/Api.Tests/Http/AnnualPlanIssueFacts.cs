using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// The annual cycle's "Ban hành" step (IssuePlan): the step's form is held to its fields' lengths.
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
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>The due-soon margin is a setting (<c>Deadlines:DueSoonWorkingDays</c>), checked when the server starts.</summary>
public class DeadlineSettingsFacts(DeadlineSettingsFacts.WideMarginFactory factory) : IClassFixture<DeadlineSettingsFacts.WideMarginFactory>
{
    /// <summary>A server on which work is due soon from ten working days before its due date.</summary>
    public sealed class WideMarginFactory : SupervisionApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Auth:TokenRequestsPerMinute"] = "1000",
            ["Deadlines:DueSoonWorkingDays"] = "10",
        };
    }

    private sealed class MarginFactory(string margin) : SupervisionApiFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Deadlines:DueSoonWorkingDays"] = margin };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WorkFiveWorkingDaysAway_IsDueSoon_InTheInboxItsCountsAndTheDashboard_UnderATenDayMargin()
    {
        var designer = await factory.As("designer");
        (await designer.PostAsJsonAsync("/api/workflow-definitions", OneTask("five-days", deadline: "WorkingDays:5"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync("/api/workflow-definitions/five-days/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        await (await supervisor.PostAsJsonAsync("/api/workflow-instances", new { definitionId = "five-days" }, Ct)).ReadObjectAsync(HttpStatusCode.Created);

        var inbox = await (await (await factory.As("officer1")).GetAsync("/api/tasks", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        inbox["items"]!.AsArray().ShouldHaveSingleItem()!["deadlineState"]!.GetValue<string>().ShouldBe("DueSoon"); // OnTrack under the default 3 days
        inbox["countsByDeadlineState"]!["DueSoon"]!.GetValue<int>().ShouldBe(1);
        var dashboard = await (await supervisor.GetAsync("/api/dashboard?unitId=DU-SYT", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        (dashboard["totals"]!["dueSoon"]!.GetValue<int>(), dashboard["totals"]!["onTrack"]!.GetValue<int>()).ShouldBe((1, 0));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("31")]
    public void TheServerRefusesToStart_WithAMarginOutOfRange(string margin)
    {
        using var server = new MarginFactory(margin);
        var refused = Should.Throw<OptionsValidationException>(() => server.CreateClient());
        refused.Message.ShouldContain("Deadlines:DueSoonWorkingDays must be between 0 and 30 working days.");
    }
}

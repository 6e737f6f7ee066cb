using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Tests.Http;

/// <summary>
/// Tasks as the engine closes them (judged late or on time when they close) and as older rows hold them (a
/// completion time only), many alike: the clock reads Monday 2 March 2026, 08:00 Hà Nội.
/// </summary>
public sealed class DashboardCountingApiFactory : SupervisionApiFactory, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var n = 0;
        var local = TimeSpan.FromHours(7);
        void Add(string status, DateOnly? due, DateTimeOffset? completed = null, bool? late = null, string plan = "KH-01/2026") =>
            db.Tasks.Add(new TaskRecord
            {
                Id = $"count-{++n}", InstanceId = "count-instance", DefinitionId = "count-def", ActivityId = $"a{n}", Kind = "WorkTask", Title = $"Việc {n}",
                UnitId = "DU-SYT", AssigneeUnitId = "DU-SYT", Status = status, DueOn = due, CompletedAt = completed, CompletedLate = late, PlanId = plan, Spec = "{}",
                CreatedAt = new DateTimeOffset(2026, 2, 2, 1, 0, 0, TimeSpan.Zero),
            });
        var due = new DateOnly(2026, 2, 27);
        Add(TaskStatuses.Completed, due, new DateTimeOffset(2026, 2, 26, 10, 0, 0, local), late: false);
        Add(TaskStatuses.Completed, due, new DateTimeOffset(2026, 2, 25, 10, 0, 0, local), late: false);
        Add(TaskStatuses.Completed, due, new DateTimeOffset(2026, 2, 28, 9, 0, 0, local), late: true);
        Add(TaskStatuses.Completed, due, new DateTimeOffset(2026, 3, 1, 9, 0, 0, local));           // an older row: judged from its time, late
        Add(TaskStatuses.Completed, due, new DateTimeOffset(2026, 2, 20, 9, 0, 0, local));          // an older row, on time
        Add(TaskStatuses.TimedOut, due, new DateTimeOffset(2026, 2, 28, 0, 0, 1, local), late: true);
        Add(TaskStatuses.Completed, null, new DateTimeOffset(2026, 2, 26, 10, 0, 0, local), late: false);
        for (var i = 0; i < 3; i++)
            Add(TaskStatuses.Open, new DateOnly(2026, 3, 20));
        Add(TaskStatuses.Open, new DateOnly(2026, 2, 27), plan: "KH-02/2026");
        await db.SaveChangesAsync();
    }
}

public class DashboardCountingFacts(DashboardCountingApiFactory factory) : IClassFixture<DashboardCountingApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (int, int, int, int, int, int, int, int) Figures(JsonNode row) => (
        row["assigned"]!.GetValue<int>(), row["onTrack"]!.GetValue<int>(), row["dueSoon"]!.GetValue<int>(), row["overdue"]!.GetValue<int>(),
        row["doneOnTime"]!.GetValue<int>(), row["doneLate"]!.GetValue<int>(), row["timedOut"]!.GetValue<int>(), row["noDeadline"]!.GetValue<int>());

    [Fact]
    public async Task TasksJudgedWhenTheyClosed_AndOlderRows_AreCountedAlike_PerUnitAndPerPlan()
    {
        var supervisor = await factory.As("supervisor");

        var byUnit = await (await supervisor.GetAsync("/api/dashboard?groupBy=unit", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var byPlan = await (await supervisor.GetAsync("/api/dashboard?groupBy=plan", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var health = byUnit["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == "DU-SYT")!;
        // assigned, on track, due soon, overdue, done on time, done late, timed out, no deadline
        Figures(health).ShouldBe((11, 3, 0, 1, 3, 2, 1, 1));
        health["onTimeRate"]!.GetValue<double>().ShouldBe(Math.Round(3.0 / 7, 4));
        Figures(byPlan["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == "KH-01/2026")!).ShouldBe((10, 3, 0, 0, 3, 2, 1, 1));
        Figures(byPlan["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == "KH-02/2026")!).ShouldBe((1, 0, 0, 1, 0, 0, 0, 0));
        Figures(byPlan["totals"]!).ShouldBe(Figures(byUnit["totals"]!));
    }
}

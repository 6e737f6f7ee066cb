using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Supervision.Api.Security;
using Supervision.Api.Tests.Support;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Tests.Http;

/// <summary>A server whose task list holds one task in every deadline state (the clock reads Monday 2 March 2026, 08:00 Hà Nội).</summary>
public sealed class DashboardApiFactory : SupervisionApiFactory, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        var contexts = Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.OrgUnits.Add(new OrgUnitRecord { Id = "DU-SYT-BV", Code = "DU-SYT-BV", NameVi = "Chi bộ Bệnh viện tỉnh", Kind = "PartyCell", ParentId = "DU-SYT", ValidFrom = new DateOnly(2025, 7, 1) });
        var n = 0;
        void Add(string unit, string status, DateOnly? due, DateTimeOffset? completed = null, string? plan = null, string spec = "{}", string? stage = null) =>
            db.Tasks.Add(new TaskRecord
            {
                Id = $"task-{++n}", InstanceId = "dash-instance", DefinitionId = "dash-def", ActivityId = $"a{n}", Kind = "WorkTask", Title = $"Việc {n}",
                UnitId = unit, AssigneeUnitId = unit, Status = status, DueOn = due, CompletedAt = completed, PlanId = plan, Spec = spec, Stage = stage,
                // As the projection keeps it.
                Source = Supervision.Workflows.Runtime.HumanTaskProjector.SourceOf(Supervision.Workflows.Human.HumanTaskSpec.FromJson(JsonNode.Parse(spec))),
                CreatedAt = new DateTimeOffset(2026, 2, 2, 1, 0, 0, TimeSpan.Zero),
            });
        var local = TimeSpan.FromHours(7);
        Add("DU-SYT", TaskStatuses.Open, new DateOnly(2026, 3, 20), plan: "KH-12/2026", spec: """{"data": {"guidance": "31-HD/BTGTW"}}""");
        Add("DU-SYT", TaskStatuses.Open, new DateOnly(2026, 3, 4), plan: "KH-12/2026");
        Add("DU-SYT", TaskStatuses.Claimed, new DateOnly(2026, 2, 27), plan: "KH-12/2026");
        Add("DU-SYT", TaskStatuses.Completed, new DateOnly(2026, 2, 27), new DateTimeOffset(2026, 2, 26, 10, 0, 0, local));
        Add("DU-SYT", TaskStatuses.Completed, new DateOnly(2026, 2, 27), new DateTimeOffset(2026, 2, 27, 23, 59, 59, local));
        Add("DU-SYT", TaskStatuses.Completed, new DateOnly(2026, 2, 27), new DateTimeOffset(2026, 2, 28, 0, 0, 0, local));
        Add("DU-SYT", TaskStatuses.TimedOut, new DateOnly(2026, 2, 20), new DateTimeOffset(2026, 2, 25, 8, 0, 0, local));
        Add("DU-SYT", TaskStatuses.Cancelled, new DateOnly(2026, 2, 20));
        Add("DU-SYT", TaskStatuses.Open, new DateOnly(2026, 2, 1), stage: "Review");
        Add("DU-SYT", TaskStatuses.Open, null);
        Add("DU-SYT-BV", TaskStatuses.Completed, new DateOnly(2026, 3, 2), new DateTimeOffset(2026, 3, 1, 9, 0, 0, local));
        Add("DU-SGDDT", TaskStatuses.Open, new DateOnly(2026, 3, 20), plan: "KH-12/2026", spec: """{"sourceDocument": "Chỉ thị 05-CT/TW"}""");
        Add("DU-SGDDT", TaskStatuses.Completed, new DateOnly(2026, 3, 2), new DateTimeOffset(2026, 2, 27, 9, 0, 0, local));
        await db.SaveChangesAsync();
        Services.GetRequiredService<DbOrgDirectory>().Invalidate();
    }
}

public class DashboardFacts(DashboardApiFactory factory) : IClassFixture<DashboardApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject Row(JsonObject statistics, string key) =>
        statistics["rows"]!.AsArray().Single(r => r!["key"]!.GetValue<string>() == key)!.AsObject();

    [Fact]
    public async Task Statistics_CountEachDeadlineState_PerUnit()
    {
        var supervisor = await factory.As("supervisor");

        var statistics = await (await supervisor.GetAsync("/api/dashboard?groupBy=unit", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var health = Row(statistics, "DU-SYT");
        health["name"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Y tế");
        health["assigned"]!.GetValue<int>().ShouldBe(8);
        health["onTrack"]!.GetValue<int>().ShouldBe(1);
        health["dueSoon"]!.GetValue<int>().ShouldBe(1);
        health["overdue"]!.GetValue<int>().ShouldBe(1);
        // Completed in the last second of the due day is on time; at 24:00 the day is over and it is late.
        health["doneOnTime"]!.GetValue<int>().ShouldBe(2);
        health["doneLate"]!.GetValue<int>().ShouldBe(1);
        health["timedOut"]!.GetValue<int>().ShouldBe(1);
        health["noDeadline"]!.GetValue<int>().ShouldBe(1);
        health["onTimeRate"]!.GetValue<double>().ShouldBe(0.4);
        Row(statistics, "DU-SGDDT")["assigned"]!.GetValue<int>().ShouldBe(2);
        statistics["totals"]!["assigned"]!.GetValue<int>().ShouldBe(11);
        statistics["groupBy"]!.GetValue<string>().ShouldBe("unit");
    }

    [Fact]
    public async Task Statistics_ForAnOfficer_ShowTheirUnitAndItsSubUnits_Only()
    {
        var officer = await factory.As("officer1");

        var statistics = await (await officer.GetAsync("/api/dashboard", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var otherUnit = await (await officer.GetAsync("/api/dashboard?unitId=DU-SGDDT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);

        statistics["rows"]!.AsArray().Select(r => r!["key"]!.GetValue<string>()).ShouldBe(["DU-SYT-BV", "DU-SYT"], ignoreOrder: true);
        statistics["totals"]!["assigned"]!.GetValue<int>().ShouldBe(9);
        otherUnit["title"]!.GetValue<string>().ShouldContain("DU-SGDDT");
    }

    [Fact]
    public async Task Statistics_ForAUnit_IncludeItsSubUnits()
    {
        var viewer = await factory.As("viewer");

        var statistics = await (await viewer.GetAsync("/api/dashboard?unitId=DU-SYT", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        statistics["rows"]!.AsArray().Count.ShouldBe(2);
        Row(statistics, "DU-SYT-BV")["doneOnTime"]!.GetValue<int>().ShouldBe(1);
        Row(statistics, "DU-SYT-BV")["onTimeRate"]!.GetValue<double>().ShouldBe(1.0);
    }

    [Fact]
    public async Task Statistics_PerPlanAndPerSourceDocument()
    {
        var supervisor = await factory.As("supervisor");

        var plans = await (await supervisor.GetAsync("/api/dashboard?groupBy=plan", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var sources = await (await supervisor.GetAsync("/api/dashboard?groupBy=source", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        var plan = Row(plans, "KH-12/2026");
        plan["assigned"]!.GetValue<int>().ShouldBe(4);
        plan["overdue"]!.GetValue<int>().ShouldBe(1);
        plan["onTimeRate"]!.GetValue<double>().ShouldBe(0.0);
        Row(plans, "")["assigned"]!.GetValue<int>().ShouldBe(7);
        Row(sources, "31-HD/BTGTW")["assigned"]!.GetValue<int>().ShouldBe(1);
        Row(sources, "Chỉ thị 05-CT/TW")["onTrack"]!.GetValue<int>().ShouldBe(1);
        sources["rows"]!.AsArray()[^1]!["key"]!.GetValue<string>().ShouldBe("");
    }

    [Fact]
    public async Task Statistics_FilterByDueDates()
    {
        var supervisor = await factory.As("supervisor");

        var march = await (await supervisor.GetAsync("/api/dashboard?dueFrom=2026-03-01&dueTo=2026-03-31", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        march["totals"]!["assigned"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task Statistics_AnswerBadParameters_WithEachField()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.GetAsync("/api/dashboard?groupBy=province&dueFrom=2026-04-01&dueTo=2026-03-01", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badDate = await (await supervisor.GetAsync("/api/dashboard?dueFrom=31/12/2026", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badFormat = await (await supervisor.GetAsync("/api/dashboard/export?format=pdf", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("groupBy").Single().ShouldContain("unit");
        problem.ErrorsOf("dueTo").ShouldNotBeEmpty();
        badDate.ErrorsOf("dueFrom").ShouldNotBeEmpty();
        badFormat.ErrorsOf("format").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Statistics_NeedASignIn()
    {
        (await factory.CreateClient().GetAsync("/api/dashboard", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.CreateClient().GetAsync("/api/dashboard/export", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Export_WritesCsv_ThatExcelReadsAsUtf8()
    {
        var supervisor = await factory.As("supervisor");

        var response = await supervisor.GetAsync("/api/dashboard/export?format=csv", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("dashboard-unit-20260302.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Mã,Đơn vị,Được giao,Trong hạn,Sắp đến hạn,Quá hạn,Hoàn thành đúng hạn");
        lines.ShouldContain("DU-SYT,Đảng ủy Sở Y tế,8,1,1,1,2,1,1,1,40.0");
        lines[^1].ShouldStartWith(",Tổng cộng,11,");
    }

    [Fact]
    public async Task Export_WritesAnExcelWorkbook_OfTheOfficersUnitsOnly()
    {
        var officer = await factory.As("officer1");

        var response = await officer.GetAsync("/api/dashboard/export?format=xlsx&groupBy=unit", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        var rows = workbook.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["Mã"]?.ToString()).ShouldBe(["DU-SYT-BV", "DU-SYT", null], ignoreOrder: true);
        rows.Single(r => r["Mã"]?.ToString() == "DU-SYT")["Được giao"].ShouldBe(8d);
        rows.Single(r => r["Mã"] is null)["Đơn vị"].ShouldBe("Tổng cộng");
    }
}

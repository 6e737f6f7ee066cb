using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Tests.Support;

namespace Supervision.Workflows.Tests.Templates;

/// <summary>
/// A simulated year of template (a) with three units on a fake clock: Sở Y tế is always on time, Sở GD&amp;ĐT
/// is late and gets urged, xã An Bình is returned once each time and resubmits in time.
/// </summary>
public class AnnualPlanCycleFacts
{
    private const string OnTime = "DU-SYT";
    private const string Late = "DU-SGDDT";
    private const string Returned = "DU-XA-AN-BINH";

    [Fact]
    public async Task SimulatedYear_CountsEachUnitCorrectly_AndRatesThemBy366()
    {
        var year = new TemplateDriver("template-annual-plan-cycle.json", new DateTimeOffset(2026, 1, 5, 1, 0, 0, TimeSpan.Zero));
        await year.StartAsync(new Dictionary<string, object?> { ["year"] = 2026, ["unitQuery"] = $"{OnTime},{Late},{Returned}" });

        // Guide: the plan is drafted, returned once, approved and issued.
        // Ten working days from Monday 5/1, counting the make-up Saturday 10/1/2026.
        year.Task(t => t.Kind == "UserTask").DueOn.ShouldBe(new DateOnly(2026, 1, 16));
        await year.CompleteAsync(_ => true, "Submit");
        await year.CompleteAsync(t => t.Kind == "Milestone", "Return", "Bổ sung chỉ tiêu");
        await year.CompleteAsync(_ => true, "Submit");
        await year.CompleteAsync(t => t.Kind == "Milestone", "Approve");
        // Issued by 15/2, which falls in the Tết break (14–22/2/2026): it rolls to Monday 23/2.
        year.Task(_ => true).DueOn.ShouldBe(new DateOnly(2026, 2, 23));
        await year.AdvanceToAsync(new DateOnly(2026, 2, 12));
        await year.CompleteAsync(_ => true, "Issued", form: new JsonObject { ["symbol"] = "12-KH/BTGDVTU" });

        // Assign: each unit gets its task, 15 working days out (12/2 + 15 WD, skipping Tết) = 12/3.
        var tasks = year.Tasks.Where(t => t.Kind == "WorkTask").ToList();
        tasks.Select(t => t.UnitId).ShouldBe([OnTime, Late, Returned], ignoreOrder: true);
        tasks.ShouldAllBe(t => t.DueOn == new DateOnly(2026, 3, 12));
        // The plan they serve is named in both languages.
        tasks.ShouldAllBe(t => t.Data!["guidance"]!.GetValue<string>() == "Kế hoạch công tác khoa giáo năm 2026"
            && t.Data["guidanceEn"]!.GetValue<string>() == "Science and education work plan 2026");
        await PlayRoundAsync(year, new DateOnly(2026, 3, 2), lateOn: new DateOnly(2026, 3, 20));

        // Six-month reports are due 10/6; the late unit has not reported when the deadline passes and is urged.
        year.Tasks.Where(t => t.Kind == "Report").ShouldAllBe(t => t.DueOn == new DateOnly(2026, 6, 10));
        await PlayRoundAsync(year, new DateOnly(2026, 6, 1), lateOn: new DateOnly(2026, 6, 15), urgeLevel: 1);

        // Interim review: 15/12/2025 – 14/6/2026.
        var interim = year.Output("InterimReview", "report");
        AssertCounts(interim, OnTime, assigned: 2, onTime: 2, late: 0);
        AssertCounts(interim, Late, assigned: 2, onTime: 0, late: 2);
        AssertCounts(interim, Returned, assigned: 2, onTime: 2, late: 0);
        await year.CompleteAsync(t => t.Kind == "Milestone", "Approve");
        await year.CompleteAsync(t => t.Kind == "Meeting", "Held", form: new JsonObject { ["minutes"] = "Giao ban 6 tháng" });

        // Annual reports: 15/11/2026 is a Sunday, so they are due Monday 16/11.
        year.Tasks.Where(t => t.Kind == "Report").ShouldAllBe(t => t.DueOn == new DateOnly(2026, 11, 16));
        await PlayRoundAsync(year, new DateOnly(2026, 11, 5), lateOn: new DateOnly(2026, 11, 20), urgeLevel: 2);

        var final = year.Output("FinalReview", "report");
        AssertCounts(final, OnTime, assigned: 3, onTime: 3, late: 0);
        AssertCounts(final, Late, assigned: 3, onTime: 0, late: 3);
        AssertCounts(final, Returned, assigned: 3, onTime: 3, late: 0);
        await year.CompleteAsync(t => t.Kind == "Milestone", "Approve");

        // Evaluate: self-assessment, review, approval for each unit; ratings by Regulation 366.
        var scores = new Dictionary<string, (int Score, int Exceeded)> { [OnTime] = (95, 1), [Late] = (80, 0), [Returned] = (85, 0) };
        foreach (var (unit, (score, exceeded)) in scores)
        {
            await year.CompleteAsync(t => t.UnitId == unit && t.Stage == "SelfAssessment", "Submit", form: new JsonObject { ["score"] = score, ["exceeded"] = exceeded });
            await year.CompleteAsync(t => t.UnitId == unit && t.Stage == "Review", "Submit", form: new JsonObject { ["score"] = score });
            await year.CompleteAsync(t => t.UnitId == unit && t.Stage == "Approval", "Approve");
        }
        var ratings = year.Output("Evaluate", "ratings");
        ratings[OnTime]!["rating"]!.GetValue<string>().ShouldBe("ExcellentlyCompleted");
        ratings[Returned]!["rating"]!.GetValue<string>().ShouldBe("WellCompleted");
        ratings[Late]!["rating"]!.GetValue<string>().ShouldBe("NotCompleted");

        await year.CompleteAsync(t => t.Kind == "Meeting", "Held", form: new JsonObject { ["minutes"] = "Tổng kết năm" });
        year.State.Status.ShouldBe(WorkflowStatus.Finished);
    }

    /// <summary>
    /// One round of unit work: the on-time unit submits and is approved; the returned unit submits, is
    /// returned, resubmits and is approved, all before the due date; the late unit submits after it.
    /// </summary>
    private static async Task PlayRoundAsync(TemplateDriver year, DateOnly submitOn, DateOnly lateOn, int? urgeLevel = null)
    {
        await year.AdvanceToAsync(submitOn);
        await year.CompleteAsync(t => t.UnitId == OnTime && t.Stage == "Work", "Submit", actor: "officer1");
        await year.CompleteAsync(t => t.UnitId == OnTime && t.Stage == "Review", "Approve", actor: "supervisor");
        await year.CompleteAsync(t => t.UnitId == Returned && t.Stage == "Work", "Submit", actor: "officer2");
        await year.CompleteAsync(t => t.UnitId == Returned && t.Stage == "Review", "Return", "Thiếu số liệu biểu 02", actor: "supervisor");
        await year.AdvanceToAsync(submitOn.AddDays(3));
        await year.CompleteAsync(t => t.UnitId == Returned && t.Stage == "Work", "Submit", actor: "officer2");
        await year.CompleteAsync(t => t.UnitId == Returned && t.Stage == "Review", "Approve", actor: "supervisor");

        await year.AdvanceToAsync(lateOn);
        if (urgeLevel is { } level)
        {
            var notice = year.State.ActivityOutputs.Values.Select(o => o.GetValueOrDefault("notice")).OfType<JsonObject>().Last();
            notice["level"]!.GetValue<int>().ShouldBe(level);
            notice["units"]!.AsArray().Select(u => u!.GetValue<string>()).ShouldBe([Late]);
        }
        await year.CompleteAsync(t => t.UnitId == Late && t.Stage == "Work", "Submit", actor: "officer3");
        await year.CompleteAsync(t => t.UnitId == Late && t.Stage == "Review", "Approve", actor: "supervisor");
    }

    private static void AssertCounts(JsonObject report, string unit, int assigned, int onTime, int late)
    {
        var row = report["units"]!.AsArray().Single(u => u!["unitId"]!.GetValue<string>() == unit)!;
        (row["assigned"]!.GetValue<int>(), row["doneOnTime"]!.GetValue<int>(), row["doneLate"]!.GetValue<int>(), row["openOverdue"]!.GetValue<int>())
            .ShouldBe((assigned, onTime, late, 0), unit);
    }
}

using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Tests.Support;

namespace Supervision.Workflows.Tests.Templates;

public class TemplateScenarioFacts
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("None", "NoFindings")]
    [InlineData("Raised", "FindingsRaised")]
    [InlineData("Refer", "Referred")]
    public async Task ThematicInspection_FollowsTheConclusion(string result, string branch)
    {
        var run = new TemplateDriver("template-thematic-inspection.json", Monday);
        await run.StartAsync();

        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Approve");
        await run.CompleteAsync(t => t.Stage == "Decision", "Issue", form: new JsonObject { ["decisionSymbol"] = "45-QĐ/BTGDVTU" });
        run.Tasks.Select(t => t.UnitId).ShouldBe(["DU-SYT", "DU-XA-AN-BINH"], ignoreOrder: true);
        await run.CompleteAsync(t => t.UnitId == "DU-SYT", "Submit");
        await run.CompleteAsync(t => t.UnitId == "DU-XA-AN-BINH", "Submit");
        await run.CompleteAsync(t => t.Stage == "Verification", "Done");
        await run.CompleteAsync(t => t.Stage == "Conclusion", "Issue", form: new JsonObject { ["result"] = result, ["findings"] = "…" });

        switch (branch)
        {
            case "FindingsRaised":
                run.Tasks.Where(t => t.Stage == "Report").Select(t => t.UnitId).ShouldBe(["DU-SYT", "DU-XA-AN-BINH"], ignoreOrder: true);
                // Each fix is named in both languages, so its tasks read in English too.
                run.Tasks.Where(t => t.Stage == "Report").ShouldAllBe(t =>
                    t.Title == "Báo cáo khắc phục: Khắc phục hạn chế theo Thông báo kết luận"
                    && t.TitleEn == "Remediation report: Remedy the shortcomings named in the conclusion notice");
                foreach (var unit in new[] { "DU-SYT", "DU-XA-AN-BINH" })
                {
                    await run.CompleteAsync(t => t.UnitId == unit && t.Stage == "Report", "Report");
                    await run.CompleteAsync(t => t.UnitId == unit && t.Stage == "Verify", "Verify");
                }
                break;
            case "Referred":
                run.Journal.ShouldContain(j => j.Event == "NotificationQueued" && j.Message!.Contains("dấu hiệu vi phạm"));
                break;
        }

        var archive = run.Task(_ => true);
        archive.Title.ShouldStartWith("Lập hồ sơ, lưu trữ");
        archive.DueOn.ShouldNotBeNull();
        await run.CompleteAsync(_ => true, "Archived");
        run.State.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task ResolutionReview_CountsDeadlinesBackFromTheCentralDeadline()
    {
        var run = new TemplateDriver("template-resolution-review.json", Monday);
        await run.StartAsync(new Dictionary<string, object?> { ["centralDue"] = "2026-09-30", ["unitQuery"] = "DU-SYT,DU-SGDDT" });

        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Return", "Thiếu biểu số liệu");
        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Approve");
        await run.CompleteAsync(_ => true, "Issued");

        // Units report 30 days before the central deadline: 31/8/2026, a day off around National Day
        // (29/8–2/9), so the deadline ends on the next working day, Thursday 3/9.
        run.Tasks.Where(t => t.Kind == "Report").ShouldAllBe(t => t.DueOn == new DateOnly(2026, 9, 3));
        foreach (var unit in new[] { "DU-SYT", "DU-SGDDT" })
        {
            await run.CompleteAsync(t => t.UnitId == unit && t.Stage == "Work", "Submit");
            await run.CompleteAsync(t => t.UnitId == unit && t.Stage == "Review", "Approve");
        }

        // Consolidation 15 days before: 15/9; the committee returns it once, which goes back to consolidation.
        run.Task(_ => true).DueOn.ShouldBe(new DateOnly(2026, 9, 15));
        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.UnitId == "SYT", "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Return", "Bổ sung phần giải pháp");
        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.UnitId == "SYT", "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Approve");

        // The conference is held 3 days before (Sunday 27/9, so Monday 28/9); the report goes to Central on the day itself.
        run.Task(_ => true).DueOn.ShouldBe(new DateOnly(2026, 9, 28));
        await run.CompleteAsync(_ => true, "Held", form: new JsonObject { ["minutes"] = "Hội nghị sơ kết" });
        run.Task(_ => true).DueOn.ShouldBe(new DateOnly(2026, 9, 30));
        await run.CompleteAsync(_ => true, "Sent");
        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Approve");

        run.State.Status.ShouldBe(WorkflowStatus.Finished);
        run.Output("Statistics", "report")["totals"]!["doneOnTime"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task CoordinationProgramme_NeedsBothApprovals_AndEscalatesAHotIssuePastItsSla()
    {
        var run = new TemplateDriver("template-coordination-programme.json", Monday);
        await run.StartAsync(new Dictionary<string, object?> { ["slaHours"] = "1.00:00:00" });

        await run.CompleteAsync(t => t.Assignee.UnitId == "BTGDV-TU", "Submit");
        await run.CompleteAsync(t => t.Assignee.UnitId == "SYT", "Submit");
        await run.CompleteAsync(_ => true, "Submit");

        // Parallel approval: the agency returns it; its redraft loops back while the board's approval stays open.
        run.Tasks.Count(t => t.Kind == "Milestone").ShouldBe(2);
        await run.CompleteAsync(t => t.Kind == "Milestone" && t.Assignee.UnitId == "SYT", "Return", "Làm rõ trách nhiệm của Sở");
        run.Tasks.Select(t => t.Title).ShouldBe(["Duyệt: Chương trình phối hợp", "Chỉnh sửa dự thảo theo ý kiến Giám đốc Sở"], ignoreOrder: true);
        await run.CompleteAsync(t => t.Kind == "Milestone", "Approve");
        run.Tasks.ShouldNotContain(t => t.Title == "Hai bên ký kết chương trình");
        await run.CompleteAsync(_ => true, "Submit");
        await run.CompleteAsync(t => t.Kind == "Milestone", "Approve");

        await run.CompleteAsync(t => t.Kind == "Meeting", "Held", form: new JsonObject { ["minutes"] = "Đã ký kết" });
        await run.CompleteAsync(_ => true, "Submit");

        // A pressing public issue: the agency does not answer within the 24-hour SLA, so leaders are told.
        await run.RaiseEventAsync("hot-issue-detected", JsonNode.Parse("""{"summary": "Dịch sốt xuất huyết"}"""));
        run.Tasks.ShouldContain(t => t.Title == "Cung cấp thông tin về vấn đề nổi cộm");
        await run.AdvanceToAsync(WorkflowDate(run).AddDays(2));
        run.Journal.ShouldContain(j => j.Event == "NotificationQueued" && j.Message!.StartsWith("Quá hạn cung cấp thông tin", StringComparison.Ordinal));
        await run.CompleteAsync(t => t.Title == "Cung cấp thông tin về vấn đề nổi cộm", "Submit");
        await run.CompleteAsync(t => t.Title.StartsWith("Ban hành định hướng", StringComparison.Ordinal), "Issued");
        await run.CompleteAsync(t => t.Title.StartsWith("Theo dõi dư luận", StringComparison.Ordinal), "Closed");
        run.State.Bookmarks.ShouldContain(b => b.Name == "Elsa.Event");

        // The programme review ends it, cancelling the exchange and hot-issue loops.
        await run.CompleteAsync(t => t.Title == "Giao ban phối hợp 6 tháng — tổ chức và ghi biên bản", "Held", form: new JsonObject { ["minutes"] = "6 tháng" });
        await run.CompleteAsync(t => t.Title == "Giao ban phối hợp năm — tổ chức và ghi biên bản", "Held", form: new JsonObject { ["minutes"] = "Năm" });
        await run.CompleteAsync(t => t.Title.StartsWith("Sơ kết chương trình", StringComparison.Ordinal), "End");
        run.State.Status.ShouldBe(WorkflowStatus.Finished);
        run.State.Bookmarks.ShouldBeEmpty();
    }

    private static DateOnly WorkflowDate(TemplateDriver run) => DateOnly.FromDateTime(run.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
}

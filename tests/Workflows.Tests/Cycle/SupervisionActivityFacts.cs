using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Tests.Support;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Workflows.Tests.Cycle;

public class SupervisionActivityFacts
{
    private readonly TestEngine _engine = new();

    private static JsonObject Complete(string action, string? comment = null, JsonObject? form = null) =>
        new HumanTaskCompletion { Action = action, Comment = comment, Form = form }.ToJson();

    private static IEnumerable<HumanTaskSpec> Tasks(WorkflowState state) =>
        state.Bookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName).Select(b => HumanTaskSpec.FromJson(b.Payload));

    private async Task<ExecutionResult> CompleteTask(CompiledWorkflow workflow, WorkflowState state, Func<HumanTaskSpec, bool> which, JsonObject completion)
    {
        var bookmark = state.Bookmarks.First(b => b.Name == HumanTaskSpec.BookmarkName && which(HumanTaskSpec.FromJson(b.Payload)));
        return await _engine.Executor.ResumeAsync(workflow, state, bookmark.Id, completion, "tester", TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task UserTask_ComputesItsDueDateOnTheWorkCalendar_AndCompletesOnTheChosenAction()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("task", "Supervision.UserTask", new JsonObject
            {
                ["title"] = Lit("Dự thảo kế hoạch"),
                ["assignee"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["deadline"] = Lit("WorkingDays:10"),
                ["actions"] = Obj("""["Approve", "Return"]""", "String[]"),
            })
            .WriteLine("ok", "approved").WriteLine("back", "returned")
            .Connect("task", "ok", "Approve").Connect("task", "back", "Return"));

        var started = await _engine.StartAsync(workflow);

        // The engine clock is 2026-02-10: ten working days later, across the Tết break, is 2026-03-03.
        var task = Tasks(started.State).Single();
        task.DueOn.ShouldBe(new DateOnly(2026, 3, 3));
        task.Assignee.Role.ShouldBe("Specialist");
        task.Actions.ShouldBe(["Approve", "Return"]);
        task.CommentRequiredFor.ShouldBe(["Return"]);

        var rejected = await Should.ThrowAsync<TaskActionException>(async () => await CompleteTask(workflow, started.State, _ => true, Complete("Return")));
        rejected.Field.ShouldBe("comment");
        started.State.Bookmarks.Count.ShouldBe(1);

        var done = await CompleteTask(workflow, started.State, _ => true, Complete("Return", "Thiếu số liệu"));
        done.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["returned"]);
    }

    [Fact]
    public async Task AssignTasks_OpensOneTaskPerUnit_AndCompletesWhenEveryUnitIsDone()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Triển khai Hướng dẫn 31-HD/BTGTW"),
                ["unitQuery"] = Lit("kind:PartyCommittee@TU-DEMO"),
                ["deadline"] = Lit("WorkingDays:10"),
            })
            .WriteLine("after", "all done").Chain("assign", "after"));

        var state = (await _engine.StartAsync(workflow)).State;
        var tasks = Tasks(state).ToList();
        tasks.Count.ShouldBe(6);
        tasks.ShouldAllBe(t => t.Kind == "WorkTask" && t.DueOn == new DateOnly(2026, 3, 3));
        state.Bookmarks.ShouldContain(b => b.Name == "Supervision.MultiUnitTask.Control");

        foreach (var unit in tasks.Select(t => t.UnitId).ToList())
        {
            _engine.Output.ShouldBeEmpty();
            state = (await CompleteTask(workflow, state, t => t.UnitId == unit, Complete("Submit"))).State;
        }

        state.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["all done"]);
        var results = (JsonObject)state.ActivityOutputs["assign"]["results"]!;
        results.Count.ShouldBe(6);
        results.Select(r => r.Value!["onTime"]!.GetValue<bool>()).ShouldAllBe(onTime => onTime);
    }

    [Theory]
    [InlineData(null, "FocalPoint")]
    [InlineData("", "FocalPoint")]
    [InlineData("  ", "FocalPoint")]
    [InlineData(" Specialist ", "Specialist")]
    public async Task AssignTasks_GivesEachUnitsTaskToTheRoleWritten_ElseToItsFocalPoint(string? role, string expected)
    {
        var inputs = new JsonObject
        {
            ["title"] = Lit("Báo cáo {unit}"),
            ["units"] = Obj("""["DU-SYT"]""", "String[]"),
            ["deadline"] = Lit("WorkingDays:5"),
        };
        if (role is not null)
            inputs["assigneeRole"] = Lit(role);
        var workflow = _engine.Compile(new DefinitionBuilder().Activity("assign", "Supervision.AssignTasks", inputs));

        var state = (await _engine.StartAsync(workflow)).State;

        Tasks(state).Single().Assignee.ShouldBe(new TaskAssignee { Role = expected, UnitId = "DU-SYT" });
    }

    [Fact]
    public async Task AssignTasks_ReturnReopensOnlyThatUnit_AndUnitsCanBeAddedOrWithdrawnWhileRunning()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Báo cáo {unit}"),
                ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"),
                ["deadline"] = Lit("WorkingDays:5"),
                ["reviewer"] = Obj("""{"role": "Supervisor", "unitId": "BTGDV-TU"}"""),
            }));
        var state = (await _engine.StartAsync(workflow)).State;
        Tasks(state).Select(t => t.Title).ShouldBe(["Báo cáo Đảng ủy Sở Y tế", "Báo cáo Đảng ủy Sở Giáo dục và Đào tạo"], ignoreOrder: true);

        state = (await CompleteTask(workflow, state, t => t.UnitId == "DU-SYT", Complete("Submit"))).State;
        var review = Tasks(state).Single(t => t.Stage == "Review");
        review.Assignee.Role.ShouldBe("Supervisor");
        state = (await CompleteTask(workflow, state, t => t.Stage == "Review", Complete("Return", "Bổ sung số liệu"))).State;

        // The returned unit has its task again, with the original due date; the other unit is untouched.
        var open = Tasks(state).Where(t => t.Stage == "Work").ToList();
        open.Select(t => t.UnitId).ShouldBe(["DU-SGDDT", "DU-SYT"], ignoreOrder: true);
        open.Single(t => t.UnitId == "DU-SYT").DueOn.ShouldBe(open.Single(t => t.UnitId == "DU-SGDDT").DueOn);

        var control = state.Bookmarks.Single(b => b.Name == "Supervision.MultiUnitTask.Control");
        state = (await _engine.Executor.ResumeAsync(workflow, state, control.Id, JsonNode.Parse("""{"add": ["DU-XA-AN-BINH"], "remove": ["DU-SGDDT"]}"""), "admin", TestContext.Current.CancellationToken)).State;
        Tasks(state).Select(t => t.UnitId).ShouldBe(["DU-SYT", "DU-XA-AN-BINH"], ignoreOrder: true);

        state = (await CompleteTask(workflow, state, t => t.UnitId == "DU-SYT", Complete("Submit"))).State;
        state = (await CompleteTask(workflow, state, t => t.Stage == "Review", Complete("Approve"))).State;
        state = (await CompleteTask(workflow, state, t => t.UnitId == "DU-XA-AN-BINH", Complete("Submit"))).State;
        state = (await CompleteTask(workflow, state, t => t.Stage == "Review", Complete("Approve"))).State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        var results = (JsonObject)state.ActivityOutputs["assign"]["results"]!;
        results["DU-SYT"]!["returns"]!.GetValue<int>().ShouldBe(1);
        results["DU-SYT"]!["status"]!.GetValue<string>().ShouldBe("Approved");
        results["DU-SGDDT"]!["status"]!.GetValue<string>().ShouldBe("Withdrawn");
    }

    [Fact]
    public async Task ApproveMilestone_LoopsBackOnReturn()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("draft", "Supervision.UserTask", new JsonObject { ["title"] = Lit("Dự thảo"), ["assignee"] = Obj("""{"role": "Specialist"}""") })
            .Activity("approve", "Supervision.ApproveMilestone", new JsonObject { ["milestone"] = Lit("Kế hoạch năm"), ["approver"] = Obj("""{"role": "Leader"}""") })
            .WriteLine("done", "published")
            .Chain("draft", "approve").Connect("approve", "done", "Approved").Connect("approve", "draft", "Returned"));

        var state = (await _engine.StartAsync(workflow)).State;
        state = (await CompleteTask(workflow, state, _ => true, Complete("Done"))).State;
        state = (await CompleteTask(workflow, state, t => t.Kind == "Milestone", Complete("Return", "Chưa đủ"))).State;
        Tasks(state).Single().Title.ShouldBe("Dự thảo");
        state = (await CompleteTask(workflow, state, _ => true, Complete("Done"))).State;
        state = (await CompleteTask(workflow, state, t => t.Kind == "Milestone", Complete("Approve"))).State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        ((JsonObject)state.ActivityOutputs["approve"]["decision"]!)["action"]!.GetValue<string>().ShouldBe("Approve");
    }

    [Fact]
    public async Task Urge_TargetsOnlyUnitsWithOverdueWork()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "work", "watch")
            .Activity("assign", "Supervision.AssignTasks", new JsonObject
            {
                ["title"] = Lit("Báo cáo"), ["units"] = Obj("""["DU-SYT", "DU-SGDDT"]""", "String[]"), ["deadline"] = Lit("WorkingDays:2"),
            })
            .Activity("wait", "Elsa.Delay", new JsonObject { ["timeSpan"] = Lit("10.00:00:00", "TimeSpan") })
            .Activity("urge", "Supervision.Urge", new JsonObject { ["level"] = Lit("2", "Int32") })
            .Connect("fork", "assign", "work").Connect("fork", "wait", "watch").Chain("wait", "urge"));

        var state = (await _engine.StartAsync(workflow)).State;
        state = (await CompleteTask(workflow, state, t => t.UnitId == "DU-SYT", Complete("Submit"))).State;
        _engine.Clock.Advance(TimeSpan.FromDays(10));
        var fired = await _engine.ResumeAsync(workflow, state, "wait");

        var notice = (JsonObject)fired.State.ActivityOutputs["urge"]["notice"]!;
        notice["level"]!.GetValue<int>().ShouldBe(2);
        notice["units"]!.AsArray().Select(u => u!.GetValue<string>()).ShouldBe(["DU-SGDDT"]);
        fired.Journal.ShouldContain(j => j.Event == "NotificationQueued" && j.Message!.Contains("mức 2"));
        fired.State.Completions["urge"].ShouldBe(1);
    }

    [Fact]
    public async Task Inspect_RunsItsStages_AndEndsOnTheConclusion()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("inspect", "Supervision.Inspect", new JsonObject
            {
                ["topic"] = Lit("Thực hiện Nghị quyết 20-NQ/TW"), ["topicEn"] = Lit("Implementing Resolution 20-NQ/TW"), ["targets"] = Obj("""["DU-SYT", "DU-XA-AN-BINH"]""", "String[]"),
                ["teamHead"] = Obj("""{"role": "InspectionTeamHead"}"""), ["leader"] = Obj("""{"role": "Leader"}"""),
            })
            .WriteLine("none", "none").WriteLine("raised", "raised").WriteLine("refer", "refer")
            .Connect("inspect", "none", "NoFindings").Connect("inspect", "raised", "FindingsRaised").Connect("inspect", "refer", "ReferredToInspectionCommission"));

        var state = (await _engine.StartAsync(workflow)).State;
        Tasks(state).Single().Stage.ShouldBe("Decision");
        (Tasks(state).Single().Title, Tasks(state).Single().TitleEn).ShouldBe(
            ("Ban hành quyết định, kế hoạch kiểm tra: Thực hiện Nghị quyết 20-NQ/TW", "Issue the inspection decision and plan: Implementing Resolution 20-NQ/TW"));
        state = (await CompleteTask(workflow, state, _ => true, Complete("Issue"))).State;
        Tasks(state).Select(t => t.UnitId).ShouldBe(["DU-SYT", "DU-XA-AN-BINH"], ignoreOrder: true);
        state = (await CompleteTask(workflow, state, t => t.UnitId == "DU-SYT", Complete("Submit"))).State;
        Tasks(state).Single().Stage.ShouldBe("SelfReport");
        state = (await CompleteTask(workflow, state, _ => true, Complete("Submit"))).State;
        state = (await CompleteTask(workflow, state, t => t.Stage == "Verification", Complete("Done"))).State;
        await Should.ThrowAsync<TaskActionException>(async () => await CompleteTask(workflow, state, _ => true, Complete("Issue")));
        state = (await CompleteTask(workflow, state, _ => true, Complete("Issue", form: new JsonObject { ["result"] = "Raised", ["findings"] = "Chưa sơ kết định kỳ" }))).State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["raised"]);
    }

    [Fact]
    public async Task Remediate_FinishesOnlyWhenEveryActionIsVerified()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("fix", "Supervision.Remediate", new JsonObject
            {
                ["actions"] = Obj("""[{"action": "Bổ sung kế hoạch", "actionEn": "Complete the plan", "unitId": "DU-SYT"}, {"action": "Tổ chức sơ kết", "unitId": "DU-SYT", "deadline": "WorkingDays:20"}]"""),
                ["verifier"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
            }));

        var state = (await _engine.StartAsync(workflow)).State;
        Tasks(state).Count().ShouldBe(2);
        // A fix worded in English titles its tasks in English too; one worded only in Vietnamese does not.
        Tasks(state).Select(t => t.TitleEn).ShouldBe(["Remediation report: Complete the plan", null], ignoreOrder: true);
        state = (await CompleteTask(workflow, state, t => t.Title.Contains("Bổ sung"), Complete("Report"))).State;
        Tasks(state).Single(t => t.Stage == "Verify").TitleEn.ShouldBe("Verify the remediation: Complete the plan");
        state = (await CompleteTask(workflow, state, t => t.Stage == "Verify", Complete("Reject", "Chưa có minh chứng"))).State;
        Tasks(state).Single(t => t.Title.Contains("Bổ sung")).TitleEn.ShouldBe("Remediation report: Complete the plan");
        state = (await CompleteTask(workflow, state, t => t.Title.Contains("Bổ sung"), Complete("Report"))).State;
        state = (await CompleteTask(workflow, state, t => t.Stage == "Verify", Complete("Verify"))).State;
        state.Status.ShouldBe(WorkflowStatus.Suspended);
        state = (await CompleteTask(workflow, state, t => t.Title.Contains("sơ kết"), Complete("Report"))).State;
        state = (await CompleteTask(workflow, state, t => t.Stage == "Verify", Complete("Verify"))).State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        var results = (JsonArray)state.ActivityOutputs["fix"]["results"]!;
        results[0]!["rejections"]!.GetValue<int>().ShouldBe(1);
        results.ShouldAllBe(r => r!["status"]!.GetValue<string>() == "Verified");
    }

    [Theory]
    [InlineData(95, 0, "WellCompleted")]
    [InlineData(95, 1, "ExcellentlyCompleted")]
    [InlineData(60, 0, "Completed")]
    [InlineData(40, 0, "NotCompleted")]
    public async Task Evaluate_RatesByRegulation366(int score, int exceeded, string expected)
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("eval", "Supervision.Evaluate", new JsonObject
            {
                ["units"] = Obj("""["DU-SYT"]""", "String[]"),
                ["reviewer"] = Obj("""{"role": "Specialist"}"""), ["approver"] = Obj("""{"role": "Leader"}"""),
                ["taskStatistics"] = Obj("""{"units": [{"unitId": "DU-SYT", "assigned": 2, "doneOnTime": 2, "doneLate": 0, "openOverdue": 0}]}"""),
            })
            .WriteLine("x", "excellent").WriteLine("w", "well").WriteLine("c", "completed").WriteLine("n", "not")
            .Connect("eval", "x", "ExcellentlyCompleted").Connect("eval", "w", "WellCompleted").Connect("eval", "c", "Completed").Connect("eval", "n", "NotCompleted"));

        var state = (await _engine.StartAsync(workflow)).State;
        Tasks(state).Single().TitleEn.ShouldBe("Self-assessment and rating — Party Committee of the Department of Health");
        state = (await CompleteTask(workflow, state, _ => true, Complete("Submit", form: new JsonObject { ["score"] = score + 2, ["exceeded"] = exceeded }))).State;
        state = (await CompleteTask(workflow, state, _ => true, Complete("Submit", form: new JsonObject { ["score"] = score }))).State;
        state = (await CompleteTask(workflow, state, _ => true, Complete("Approve"))).State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
        ((JsonObject)state.ActivityOutputs["eval"]["ratings"]!)["DU-SYT"]!["rating"]!.GetValue<string>().ShouldBe(expected);
    }

    [Fact]
    public async Task Meeting_NeedsMinutesOnceHeld()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("meet", "Supervision.Meeting", new JsonObject { ["title"] = Lit("Giao ban 6 tháng"), ["organiser"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""), ["date"] = Lit("2026-06-30", "DateOnly") }));
        var state = (await _engine.StartAsync(workflow)).State;
        Tasks(state).Single().DueOn.ShouldBe(new DateOnly(2026, 6, 30));

        (await Should.ThrowAsync<TaskActionException>(async () => await CompleteTask(workflow, state, _ => true, Complete("Held")))).Field.ShouldBe("form.minutes");
        state = (await CompleteTask(workflow, state, _ => true, Complete("Held", form: new JsonObject { ["minutes"] = "Đã giao ban" }))).State;

        state.Status.ShouldBe(WorkflowStatus.Finished);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Tests.Http;

public class TasksFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Definition = """
        {"definitionId": "report-cycle", "name": "Báo cáo điều tra", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
          {"id": "assign", "type": "Supervision.AssignTasks", "name": "Assign",
           "title": {"typeName": "String", "expression": {"type": "Literal", "value": "Báo cáo điều tra dư luận"}},
           "units": {"typeName": "String[]", "expression": {"type": "Object", "value": "[\"DU-SYT\", \"DU-SGDDT\"]"}},
           "deadline": {"typeName": "String", "expression": {"type": "Literal", "value": "WorkingDays:5"}},
           "reviewer": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"role\": \"Specialist\", \"unitId\": \"BTGDV-KG\"}"}}}
        ], "connections": []}}
        """;

    /// <summary>The same cycle, each unit's work handed in on a form.</summary>
    private const string DefinitionWithForm = """
        {"definitionId": "report-cycle", "name": "Báo cáo điều tra", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
          {"id": "assign", "type": "Supervision.AssignTasks", "name": "Assign",
           "title": {"typeName": "String", "expression": {"type": "Literal", "value": "Báo cáo điều tra dư luận"}},
           "units": {"typeName": "String[]", "expression": {"type": "Object", "value": "[\"DU-SYT\", \"DU-SGDDT\"]"}},
           "deadline": {"typeName": "String", "expression": {"type": "Literal", "value": "WorkingDays:5"}},
           "form": {"typeName": "Object", "expression": {"type": "Object", "value": "[{\"name\": \"surveyed\", \"labelVi\": \"Số người được hỏi\", \"labelEn\": \"People surveyed\", \"type\": \"number\", \"required\": true}, {\"name\": \"surveyedOn\", \"labelVi\": \"Ngày khảo sát\", \"labelEn\": \"Surveyed on\", \"type\": \"date\"}]"}},
           "reviewer": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"role\": \"Specialist\", \"unitId\": \"BTGDV-KG\"}"}}}
        ], "connections": []}}
        """;

    private async Task<string> StartCycleAsync(string json = Definition)
    {
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var definition = WorkflowDefinitionReader.Read(json.Replace("report-cycle", "report-cycle-" + Guid.NewGuid().ToString("N")[..6])).Definition;
        var draft = await store.SaveDraftAsync(definition, Ct);
        await store.PublishAsync(draft.DefinitionId, draft.Version, Ct);
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        var started = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = draft.DefinitionId, Actor = "supervisor" }, Ct);
        return started.InstanceId;
    }

    private static async Task<JsonArray> InboxAsync(HttpClient client, string query = "")
    {
        var page = await client.GetFromJsonAsync<JsonObject>("/api/tasks" + query, Ct);
        return page!["items"]!.AsArray();
    }

    /// <summary>The inbox read page by page, two items a page, until a page comes back empty.</summary>
    private static async Task<List<JsonNode>> InTwoItemPagesAsync(HttpClient client, string query)
    {
        var seen = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var batch = await InboxAsync(client, $"?{query}&pageSize=2&page={page}");
            if (batch.Count == 0)
                return seen;
            seen.AddRange(batch.Select(t => t!));
        }
    }

    /// <summary>Officer1 submits DU-SYT's work in the cycle; its work task and the supervisor's review of it.</summary>
    private static async Task<(string Work, string Review)> SubmitHealthWorkAsync(string instance, HttpClient officer, HttpClient supervisor)
    {
        var work = IdOf(await InboxAsync(officer), instance, "DU-SYT");
        (await officer.PostAsJsonAsync($"/api/tasks/{work}/complete", new { action = "Submit" }, Ct)).EnsureSuccessStatusCode();
        return (work, IdOf(await InboxAsync(supervisor), instance, "DU-SYT"));
    }

    private static string IdOf(JsonArray items, string instanceId, string unitId) =>
        items.Single(t => t!["instanceId"]!.GetValue<string>() == instanceId && t["unitId"]!.GetValue<string>() == unitId)!["id"]!.GetValue<string>();

    [Fact]
    public async Task Officer_SeesAndCompletesOnlyTheirUnitsTask_AndASecondCompletionConflicts()
    {
        var instance = await StartCycleAsync();
        var officer1 = await factory.ClientForAsync("officer1");
        var officer2 = await factory.ClientForAsync("officer2");

        var mine = (await InboxAsync(officer1)).Where(t => t!["instanceId"]!.GetValue<string>() == instance).ToList();
        mine.ShouldHaveSingleItem()!["unitId"]!.GetValue<string>().ShouldBe("DU-SYT");
        mine[0]!["deadlineState"]!.GetValue<string>().ShouldBe("OnTrack");
        mine[0]!["colour"]!.GetValue<string>().ShouldBe("blue");
        mine[0]!["icon"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        var taskOfUnitB = IdOf(await InboxAsync(officer2), instance, "DU-SGDDT");

        var forbidden = await officer1.PostAsJsonAsync($"/api/tasks/{taskOfUnitB}/complete", new { action = "Submit" }, Ct);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using (var db = factory.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext())
            (await db.Tasks.SingleAsync(t => t.Id == taskOfUnitB, Ct)).Status.ShouldBe("Open");

        var taskId = mine[0]!["id"]!.GetValue<string>();
        var done = await officer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { action = "Submit", comment = "Đã gửi", form = new { pages = 12 } }, Ct);
        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await officer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { action = "Submit" }, Ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var detail = await officer1.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}", Ct);
        detail!["task"]!["status"]!.GetValue<string>().ShouldBe("Completed");
        detail["completedBy"]!.GetValue<string>().ShouldBe("officer1");
        detail["history"]!.AsArray().ShouldContain(h => h!["event"]!.GetValue<string>() == "TaskCompleted" && h["actor"]!.GetValue<string>() == "officer1");
    }

    [Fact]
    public async Task TaskHistory_ShowsTheTasksUnitsEventsOfASharedStep_ToTheOfficerAndTheSupervisorAlike()
    {
        var instance = await StartCycleAsync();
        var officer1 = await factory.ClientForAsync("officer1");
        var officer2 = await factory.ClientForAsync("officer2");
        var supervisor = await factory.ClientForAsync("supervisor");
        var health = IdOf(await InboxAsync(officer1), instance, "DU-SYT");
        var education = IdOf(await InboxAsync(officer2), instance, "DU-SGDDT");
        (await officer2.PostAsJsonAsync($"/api/tasks/{education}/complete", new { action = "Submit", comment = "Số liệu riêng của Sở GD" }, Ct)).EnsureSuccessStatusCode();
        (await officer1.PostAsJsonAsync($"/api/tasks/{health}/complete", new { action = "Submit", comment = "Sở Y tế đã gửi" }, Ct)).EnsureSuccessStatusCode();

        var seenByOfficer1 = (await officer1.GetFromJsonAsync<JsonObject>($"/api/tasks/{health}", Ct))!["history"]!.AsArray();
        seenByOfficer1.ShouldContain(h => h!["actor"]!.GetValue<string>() == "officer1" && h["event"]!.GetValue<string>() == "TaskCompleted");
        seenByOfficer1.ShouldNotContain(h => h!["actor"] != null && h["actor"]!.GetValue<string>() == "officer2");
        seenByOfficer1.ShouldNotContain(h => h!["message"] != null && h["message"]!.GetValue<string>().Contains("Sở GD"));
        // The events of the step itself (it started) are everyone's.
        seenByOfficer1.ShouldContain(h => h!["event"]!.GetValue<string>() == "ActivityStarted");

        var seenBySupervisor = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/{health}", Ct))!["history"]!.AsArray();
        seenBySupervisor.ShouldNotContain(h => h!["actor"] != null && h["actor"]!.GetValue<string>() == "officer2");
        seenBySupervisor.ShouldContain(h => h!["actor"] != null && h["actor"]!.GetValue<string>() == "officer1");
        // The instance's journal still has the whole step.
        var journal = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instance}/journal?pageSize=100", Ct))!["items"]!.AsArray();
        journal.ShouldContain(h => h!["actor"] != null && h["actor"]!.GetValue<string>() == "officer2");
    }

    [Fact]
    public async Task TaskUnitNames_FollowTheLanguageTheRequestAsksFor()
    {
        var instance = await StartCycleAsync();
        var vietnamese = await factory.ClientForAsync("officer1");
        var english = await factory.ClientForAsync("officer1");
        english.DefaultRequestHeaders.Add("Accept-Language", "en-US");

        var vi = (await InboxAsync(vietnamese)).Single(t => t!["instanceId"]!.GetValue<string>() == instance)!;
        var en = (await InboxAsync(english)).Single(t => t!["instanceId"]!.GetValue<string>() == instance)!;
        var detail = await english.GetFromJsonAsync<JsonObject>($"/api/tasks/{en["id"]!.GetValue<string>()}", Ct);

        vi["unitName"]!.GetValue<string>().ShouldBe("Đảng ủy Sở Y tế");
        en["unitName"]!.GetValue<string>().ShouldBe("Party Committee of the Department of Health");
        detail!["task"]!["unitName"]!.GetValue<string>().ShouldBe("Party Committee of the Department of Health");
    }

    [Fact]
    public async Task ATask_NamesTheUnitsItMentions_SoAnOfficerReadsWhoAssignedTheWork()
    {
        var instance = await StartCycleAsync();
        var officer = await factory.ClientForAsync("officer1");
        var work = IdOf(await InboxAsync(officer), instance, "DU-SYT");

        var detail = await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct);

        detail!["data"]!["assignerUnitId"]!.GetValue<string>().ShouldBe("BTGDV-KG");
        var units = detail["units"]!.AsArray().ToDictionary(u => u!["id"]!.GetValue<string>(), u => u!["nameVi"]!.GetValue<string>());
        units.Keys.ShouldBe(["DU-SYT", "BTGDV-KG"], ignoreOrder: true);
        units["BTGDV-KG"].ShouldNotBeNullOrWhiteSpace();
        units["BTGDV-KG"].ShouldNotBe("BTGDV-KG");
    }

    [Fact]
    public async Task Supervisor_ReturnsWithARequiredComment_AndTheUnitGetsItsTaskBack()
    {
        var instance = await StartCycleAsync();
        var officer = await factory.ClientForAsync("officer1");
        var supervisor = await factory.ClientForAsync("supervisor");
        var (_, review) = await SubmitHealthWorkAsync(instance, officer, supervisor);
        var noComment = await supervisor.PostAsJsonAsync($"/api/tasks/{review}/complete", new { action = "Return" }, Ct);
        noComment.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noComment.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!["comment"]![0]!.GetValue<string>().ShouldContain("comment");
        var unknown = await supervisor.PostAsJsonAsync($"/api/tasks/{review}/complete", new { action = "Shred" }, Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await supervisor.PostAsJsonAsync($"/api/tasks/{review}/complete", new { action = "Return", comment = "Bổ sung biểu 2" }, Ct)).EnsureSuccessStatusCode();

        var reopened = (await InboxAsync(officer)).Where(t => t!["instanceId"]!.GetValue<string>() == instance).ToList();
        reopened.ShouldHaveSingleItem()!["stage"]!.GetValue<string>().ShouldBe("Work");
    }

    /// <summary>Officer1 hands in Sở Y tế's survey (a comment and two form fields) on the cycle with a form; the supervisor's review waits.</summary>
    private async Task<(string Instance, HttpClient Officer, HttpClient Supervisor, string Work, string Review)> SubmitSurveyAsync()
    {
        var instance = await StartCycleAsync(DefinitionWithForm);
        var officer = await factory.ClientForAsync("officer1");
        var supervisor = await factory.ClientForAsync("supervisor");
        var work = IdOf(await InboxAsync(officer), instance, "DU-SYT");
        (await officer.PostAsJsonAsync($"/api/tasks/{work}/complete",
            new { action = "Submit", comment = "Khảo sát tại 3 bệnh viện", form = new { surveyed = 120, surveyedOn = "2026-04-20" } }, Ct)).EnsureSuccessStatusCode();
        return (instance, officer, supervisor, work, IdOf(await InboxAsync(supervisor), instance, "DU-SYT"));
    }

    [Fact]
    public async Task ReturnedWork_TellsTheUnitWhoReturnedIt_WhenAndWhy_AndShowsWhatTheySent()
    {
        var (instance, officer, supervisor, work, review) = await SubmitSurveyAsync();
        (await supervisor.PostAsJsonAsync($"/api/tasks/{review}/complete", new { action = "Return", comment = "Bổ sung số liệu quý II" }, Ct)).EnsureSuccessStatusCode();
        var again = IdOf(await InboxAsync(officer), instance, "DU-SYT");

        var detail = (await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{again}", Ct))!;

        var returned = detail["returned"]!;
        (returned["by"]!.GetValue<string>(), returned["comment"]!.GetValue<string>()).ShouldBe(("supervisor", "Bổ sung số liệu quý II"));
        returned["at"].ShouldNotBeNull();
        var sent = returned["work"]!;
        (sent["actor"]!.GetValue<string>(), sent["comment"]!.GetValue<string>()).ShouldBe(("officer1", "Khảo sát tại 3 bệnh viện"));
        sent["fields"]!.AsArray().Select(f => (f!["labelVi"]!.GetValue<string>(), f["value"]!.ToJsonString()))
            .ShouldBe([("Số người được hỏi", "120"), ("Ngày khảo sát", "\"2026-04-20\"")]);
        // The first piece of work was returned by no one.
        (await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct))!["returned"].ShouldBeNull();
        // The unit is told its work came back, not that it has a new task.
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync(Ct);
        (await db.Outbox.Where(o => o.Key.Contains(again)).Select(o => o.TemplateKey).Distinct().ToListAsync(Ct)).ShouldBe(["task-returned"]);
        (await db.Outbox.Where(o => o.Key.Contains(work)).Select(o => o.TemplateKey).Distinct().ToListAsync(Ct)).ShouldBe(["task-assigned"]);
    }

    [Fact]
    public async Task ReviewTask_ShowsTheSubmissionUnderTheLabelsOfTheFormThatAskedForIt_ApartFromTheWorkflowsBookkeeping()
    {
        var (instance, officer, supervisor, work, review) = await SubmitSurveyAsync();

        var detail = await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/{review}", Ct);

        var submission = detail!["submission"]!;
        (submission["actor"]!.GetValue<string>(), submission["action"]!.GetValue<string>(), submission["comment"]!.GetValue<string>())
            .ShouldBe(("officer1", "Submit", "Khảo sát tại 3 bệnh viện"));
        submission["at"].ShouldNotBeNull();
        submission["fields"]!.AsArray().Select(f => (f!["name"]!.GetValue<string>(), f["labelVi"]!.GetValue<string>(), f["labelEn"]!.GetValue<string>(), f["type"]!.GetValue<string>(), f["value"]!.ToJsonString()))
            .ShouldBe([("surveyed", "Số người được hỏi", "People surveyed", "number", "120"), ("surveyedOn", "Ngày khảo sát", "Surveyed on", "date", "\"2026-04-20\"")]);
        // The workflow's own data stays where it was, for whatever reads it.
        detail["data"]!["workDueOn"].ShouldNotBeNull();
        // The work itself was no one's submission.
        (await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct))!["submission"].ShouldBeNull();
    }

    [Fact]
    public async Task EvaluationReview_ShowsTheSelfAssessmentUnderTheLabelsOfItsForm()
    {
        const string evaluation = """
            {"definitionId": "report-cycle", "name": "Đánh giá", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "evaluate", "type": "Supervision.Evaluate", "name": "Evaluate",
               "units": {"typeName": "String[]", "expression": {"type": "Object", "value": "[\"DU-SYT\"]"}},
               "reviewer": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"role\": \"Specialist\", \"unitId\": \"BTGDV-KG\"}"}},
               "approver": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"role\": \"Specialist\", \"unitId\": \"BTGDV-KG\"}"}}}
            ], "connections": []}}
            """;
        var instance = await StartCycleAsync(evaluation);
        var officer = await factory.ClientForAsync("officer1");
        var supervisor = await factory.ClientForAsync("supervisor");
        var self = IdOf(await InboxAsync(officer), instance, "DU-SYT");
        (await officer.PostAsJsonAsync($"/api/tasks/{self}/complete", new { action = "Submit", form = new { score = 92, exceeded = 4, notes = "Hoàn thành vượt 4 nhiệm vụ" } }, Ct))
            .EnsureSuccessStatusCode();
        var review = IdOf(await InboxAsync(supervisor), instance, "DU-SYT");

        var submission = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/{review}", Ct))!["submission"]!;

        submission["actor"]!.GetValue<string>().ShouldBe("officer1");
        submission["fields"]!.AsArray().Select(f => (f!["labelVi"]!.GetValue<string>(), f["value"]!.ToString()))
            .ShouldBe([("Điểm (0–100)", "92"), ("Số nhiệm vụ vượt tiến độ, chất lượng", "4"), ("Nhận xét", "Hoàn thành vượt 4 nhiệm vụ")]);
    }

    [Fact]
    public async Task Claim_IsExclusive_AndReleaseGivesItBack()
    {
        var instance = await StartCycleAsync();
        var supervisor = await factory.ClientForAsync("supervisor");
        var officer = await factory.ClientForAsync("officer1");
        var work = IdOf(await InboxAsync(officer), instance, "DU-SYT");

        (await officer.PostAsync($"/api/tasks/{work}/claim", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.PostAsync($"/api/tasks/{work}/claim", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await officer.PostAsync($"/api/tasks/{work}/release", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsync($"/api/tasks/{work}/release", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // A claimed task completes: the claim moved the row's concurrency token, the completion must not trip on it.
        (await officer.PostAsync($"/api/tasks/{work}/claim", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.PostAsJsonAsync($"/api/tasks/{work}/complete", new { action = "Submit" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct);
        detail!["task"]!["status"]!.GetValue<string>().ShouldBe("Completed");
    }

    [Fact]
    public async Task DueDate_ChangesWithAReason_AndRollsToAWorkingDay()
    {
        var instance = await StartCycleAsync();
        var supervisor = await factory.ClientForAsync("supervisor");
        var officer = await factory.ClientForAsync("officer1");
        var work = IdOf(await InboxAsync(officer), instance, "DU-SYT");

        (await officer.PostAsJsonAsync($"/api/tasks/{work}/due-date", new { dueOn = "2026-04-04", reason = "Gia hạn" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var missingReason = await supervisor.PostAsJsonAsync($"/api/tasks/{work}/due-date", new { dueOn = "2026-04-04" }, Ct);
        missingReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var past = await supervisor.PostAsJsonAsync($"/api/tasks/{work}/due-date", new { dueOn = "2026-01-01", reason = "x" }, Ct);
        past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        // Past the calendar's years: refused before anything is written (it used to be saved, then fail on the reminders).
        var beyond = await supervisor.PostAsJsonAsync($"/api/tasks/{work}/due-date", new { dueOn = "9999-12-31", reason = "x" }, Ct);
        (await beyond.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["dueOn"]![0]!.GetValue<string>().ShouldBe("The date must fall in 1901–2187.");
        var unchanged = await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct);
        unchanged!["task"]!["dueOn"]!.GetValue<string>().ShouldNotBe("9999-12-31");
        unchanged["history"]!.AsArray().ShouldNotContain(h => h!["event"]!.GetValue<string>() == "TaskDueDateChanged");

        // Saturday 4/4/2026 is not a working day: the deadline ends on Monday 6/4.
        var moved = await supervisor.PostAsJsonAsync($"/api/tasks/{work}/due-date", new { dueOn = "2026-04-04", reason = "Đơn vị đề nghị gia hạn" }, Ct);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await moved.Content.ReadFromJsonAsync<JsonObject>(Ct))!["dueOn"]!.GetValue<string>().ShouldBe("2026-04-06");
        var detail = await officer.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct);
        detail!["history"]!.AsArray().ShouldContain(h => h!["event"]!.GetValue<string>() == "TaskDueDateChanged" && h["actor"]!.GetValue<string>() == "supervisor");
    }

    [Fact]
    public async Task Reassign_HandsAClaimedTaskToAnotherPerson_AndReopensIt()
    {
        var instance = await StartCycleAsync();
        var supervisor = await factory.ClientForAsync("supervisor");
        var officer = await factory.ClientForAsync("officer1");
        var work = IdOf(await InboxAsync(officer), instance, "DU-SYT");
        (await officer.PostAsync($"/api/tasks/{work}/claim", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await officer.PostAsJsonAsync($"/api/tasks/{work}/reassign", new { userName = "supervisor", reason = "Chuyển người" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supervisor.PostAsJsonAsync($"/api/tasks/{work}/reassign", new { userName = "supervisor" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await supervisor.PostAsJsonAsync($"/api/tasks/{work}/reassign", new { userName = "nobody", reason = "x" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var moved = await supervisor.PostAsJsonAsync($"/api/tasks/{work}/reassign", new { userName = "supervisor", reason = "Đơn vị đề nghị chuyển người" }, Ct);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var task = (await moved.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        task["assigneeUser"]!.GetValue<string>().ShouldBe("supervisor");
        task["status"]!.GetValue<string>().ShouldBe("Open");
        task["claimedBy"].ShouldBeNull();
        // The workflow's side moved in the same commit: the detail and the journal agree with the row.
        var detail = await supervisor.GetFromJsonAsync<JsonObject>($"/api/tasks/{work}", Ct);
        detail!["task"]!["assigneeUser"]!.GetValue<string>().ShouldBe("supervisor");
        detail["history"]!.AsArray().ShouldContain(h => h!["event"]!.GetValue<string>() == "TaskReassigned" && h["actor"]!.GetValue<string>() == "supervisor");
        (await InboxAsync(supervisor)).ShouldContain(t => t!["id"]!.GetValue<string>() == work);
    }

    [Fact]
    public async Task Inbox_FiltersByTextWithoutAccents_AndRejectsBadParameters()
    {
        var instance = await StartCycleAsync();
        var supervisor = await factory.ClientForAsync("supervisor");

        var found = await InboxAsync(supervisor, "?mine=false&q=bao%20cao%20dieu%20tra");
        found.Count(t => t!["instanceId"]!.GetValue<string>() == instance).ShouldBe(2);
        (await InboxAsync(supervisor, "?mine=false&q=kh%C3%B4ng%20c%C3%B3")).ShouldBeEmpty();

        var bad = await supervisor.GetAsync("/api/tasks?pageSize=5000&sort=colour&deadlineState=Purple&status=Open,Lost", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>(Ct))!["errors"]!.AsObject().Select(e => e.Key).ToList();
        errors.ShouldBe(["pageSize", "sort", "deadlineState", "status"], ignoreOrder: true);
        (await supervisor.GetAsync("/api/tasks?status=Active", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.GetAsync("/api/tasks?mine=false&status=Completed,TimedOut,Returned", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> StartUserTaskAsync(string assignee, string? deadline = "WorkingDays:5")
    {
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var json = """
            {"definitionId": "one-task-ID", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "task", "type": "Supervision.UserTask",
               "title": {"typeName": "String", "expression": {"type": "Literal", "value": "Việc riêng"}},
               "assignee": {"typeName": "Object", "expression": {"type": "Object", "value": ASSIGNEE}},
               DEADLINE
               "actions": {"typeName": "String[]", "expression": {"type": "Object", "value": "[\"Submit\"]"}}}
            ], "connections": []}}
            """.Replace("ID", Guid.NewGuid().ToString("N")).Replace("ASSIGNEE", System.Text.Json.JsonSerializer.Serialize(assignee))
            .Replace("DEADLINE", deadline is null ? "" : $$$"""
                "deadline": {"typeName": "String", "expression": {"type": "Literal", "value": "{{{deadline}}}"}},
                """);
        var draft = await store.SaveDraftAsync(WorkflowDefinitionReader.Read(json).Definition, Ct);
        await store.PublishAsync(draft.DefinitionId, draft.Version, Ct);
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        return (await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = draft.DefinitionId, Actor = "supervisor" }, Ct)).InstanceId;
    }

    private static bool Has(JsonArray items, string instanceId) => items.Any(t => t!["instanceId"]!.GetValue<string>() == instanceId);

    [Fact]
    public async Task Inbox_ListsWhatEachMayActOnAndSee_ByName_ByRole_AndByUnit()
    {
        // By name to officer2, though the work is DU-SYT's: only officer2 acts; DU-SYT's officer sees it.
        var byName = await StartUserTaskAsync("""{"userName": "officer2", "unitId": "DU-SYT"}""");
        // To a role the supervisor holds in the science section: the supervisor acts; no officer sees it.
        var byRole = await StartUserTaskAsync("""{"role": "Specialist", "unitId": "BTGDV-KG"}""");
        // By name to officer1 through a role officer1 also holds: only officer1, never the role's other holders.
        var namedInRole = await StartUserTaskAsync("""{"userName": "officer1", "role": "Leader", "unitId": "DU-SGDDT"}""");
        var officer1 = await factory.ClientForAsync("officer1");
        var officer2 = await factory.ClientForAsync("officer2");
        var supervisor = await factory.ClientForAsync("supervisor");

        var officer1Mine = await InboxAsync(officer1, "?pageSize=200");
        var officer1Sees = await InboxAsync(officer1, "?mine=false&pageSize=200");
        var officer2Mine = await InboxAsync(officer2, "?pageSize=200");
        var officer2Sees = await InboxAsync(officer2, "?mine=false&pageSize=200");
        var supervisorMine = await InboxAsync(supervisor, "?pageSize=200");

        Has(officer2Mine, byName).ShouldBeTrue();
        Has(officer1Mine, byName).ShouldBeFalse();
        Has(officer1Sees, byName).ShouldBeTrue();
        officer1Sees.Single(t => t!["instanceId"]!.GetValue<string>() == byName)!["canAct"]!.GetValue<bool>().ShouldBeFalse();
        Has(supervisorMine, byName).ShouldBeFalse();

        Has(supervisorMine, byRole).ShouldBeTrue();
        Has(officer1Sees, byRole).ShouldBeFalse();
        Has(officer2Sees, byRole).ShouldBeFalse();

        Has(officer1Mine, namedInRole).ShouldBeTrue();
        Has(officer2Mine, namedInRole).ShouldBeFalse();
        Has(officer2Sees, namedInRole).ShouldBeTrue();
        Has(officer1Sees, namedInRole).ShouldBeTrue();
        officer1Sees.Count(t => t!["instanceId"]!.GetValue<string>() == namedInRole).ShouldBe(1);
    }

    [Fact]
    public async Task Inbox_ShowsCountsAndFiltersEveryTaskByOneDeadlineRule_ReturnedAndUndatedWorkIncluded()
    {
        // A submission returned for rework (its reopened successor carries the deadline) and work done without a due date.
        var instance = await StartCycleAsync();
        var officer = await factory.ClientForAsync("officer1");
        var supervisor = await factory.ClientForAsync("supervisor");
        var (work, review) = await SubmitHealthWorkAsync(instance, officer, supervisor);
        (await supervisor.PostAsJsonAsync($"/api/tasks/{review}/complete", new { action = "Return", comment = "Bổ sung biểu 2" }, Ct)).EnsureSuccessStatusCode();
        var undated = await StartUserTaskAsync("""{"userName": "officer1", "unitId": "DU-SYT"}""", deadline: null);
        var undatedTask = IdOf(await InboxAsync(officer), undated, "DU-SYT");
        (await officer.PostAsJsonAsync($"/api/tasks/{undatedTask}/complete", new { action = "Submit" }, Ct)).EnsureSuccessStatusCode();

        var all = (await officer.GetFromJsonAsync<JsonObject>("/api/tasks?mine=false&pageSize=200", Ct))!;
        var items = all["items"]!.AsArray().Select(t => t!).ToList();
        string StateOf(string id) => items.Single(t => t["id"]!.GetValue<string>() == id)["deadlineState"]!.GetValue<string>();
        items.Single(t => t["id"]!.GetValue<string>() == work)["status"]!.GetValue<string>().ShouldBe("Returned");
        StateOf(work).ShouldBe("NoDeadline");
        StateOf(undatedTask).ShouldBe("NoDeadline");

        // Every item is counted once, under the state it shows, and each state's filter gives exactly those items.
        var counts = all["countsByDeadlineState"]!.AsObject().ToDictionary(c => c.Key, c => c.Value!.GetValue<int>());
        var shown = items.GroupBy(t => t["deadlineState"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Select(t => t["id"]!.GetValue<string>()).ToList());
        counts.ShouldBe(shown.ToDictionary(s => s.Key, s => s.Value.Count), ignoreOrder: true);
        foreach (var (state, ids) in shown)
        {
            var filtered = (await officer.GetFromJsonAsync<JsonObject>($"/api/tasks?mine=false&pageSize=200&deadlineState={state}", Ct))!;
            filtered["total"]!.GetValue<int>().ShouldBe(ids.Count, state);
            filtered["items"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ShouldBe(ids, ignoreOrder: true, customMessage: state);
        }

        // The instance's own view judges its tasks by the same rule: the returned submission has no state of its own.
        var view = (await supervisor.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instance}", Ct))!;
        view["tasks"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == work)!["deadlineState"].ShouldBeNull();
    }

    [Fact]
    public async Task Inbox_TotalsAndCountsAgreeWithTheItems_UnderADeadlineFilter_AndInEverySortOrder()
    {
        await StartCycleAsync();
        await StartCycleAsync();
        var supervisor = await factory.ClientForAsync("supervisor");

        var all = (await supervisor.GetFromJsonAsync<JsonObject>("/api/tasks?mine=false&pageSize=200", Ct))!;
        var items = all["items"]!.AsArray();
        all["total"]!.GetValue<int>().ShouldBe(items.Count);
        all["countsByDeadlineState"]!.AsObject().Sum(c => c.Value!.GetValue<int>()).ShouldBe(items.Count);

        var onTrack = (await supervisor.GetFromJsonAsync<JsonObject>("/api/tasks?mine=false&deadlineState=OnTrack&pageSize=200", Ct))!;
        onTrack["total"]!.GetValue<int>().ShouldBe(onTrack["items"]!.AsArray().Count);
        onTrack["total"]!.GetValue<int>().ShouldBe(all["countsByDeadlineState"]!["OnTrack"]!.GetValue<int>());
        onTrack["items"]!.AsArray().ShouldAllBe(t => t!["deadlineState"]!.GetValue<string>() == "OnTrack");

        foreach (var (sort, key) in new[] { ("dueOn", "dueOn"), ("-dueOn", "dueOn"), ("createdAt", "createdAt"), ("-createdAt", "createdAt"), ("title", "title") })
        {
            // Page by page in two-item pages: every task once, in order.
            var seen = await InTwoItemPagesAsync(supervisor, $"mine=false&sort={sort}");
            seen.Select(t => t["id"]!.GetValue<string>()).ShouldBe(items.Select(t => t!["id"]!.GetValue<string>()), ignoreOrder: true, customMessage: sort);
            var values = seen.Select(t => t[key]?.ToString() ?? "").ToList();
            // Tasks without a due date come last in either direction (other tests of the class may have made some).
            var expected = sort.StartsWith('-')
                ? values.OrderBy(v => v.Length == 0).ThenByDescending(v => v, StringComparer.Ordinal)
                : values.OrderBy(v => v.Length == 0).ThenBy(v => v, StringComparer.Ordinal);
            if (key != "title")
                values.ShouldBe(expected.ToList(), customMessage: sort);
        }
    }

    [Fact]
    public async Task MyInbox_PagesTasksWithAndWithoutADueDate_ByPersonAndByUnit_EachOnceInDueDateOrder()
    {
        // Officer1 acts on tasks named to them and on DU-SYT's tasks named to nobody, with and without a due date.
        var started = new List<string>();
        foreach (var (assignee, deadline) in new[]
        {
            ("""{"userName": "officer1", "unitId": "DU-SYT"}""", "WorkingDays:5"), ("""{"userName": "officer1", "unitId": "DU-SYT"}""", null),
            ("""{"userName": "officer1", "unitId": "DU-SYT"}""", "WorkingDays:2"), ("""{"unitId": "DU-SYT"}""", "WorkingDays:3"),
            ("""{"unitId": "DU-SYT"}""", null), ("""{"unitId": "DU-SYT"}""", "WorkingDays:5"),
        })
        {
            started.Add(await StartUserTaskAsync(assignee, deadline));
        }
        var officer = await factory.ClientForAsync("officer1");
        var whole = (await InboxAsync(officer, "?pageSize=200")).Where(t => started.Contains(t!["instanceId"]!.GetValue<string>())).ToList();
        whole.Count.ShouldBe(started.Count);
        // A status named twice is still one status.
        var twice = await InboxAsync(officer, "?status=Open,Open,Claimed&pageSize=200");
        twice.Select(t => t!["id"]!.GetValue<string>()).ShouldBeUnique();
        twice.Count(t => started.Contains(t!["instanceId"]!.GetValue<string>())).ShouldBe(started.Count);

        foreach (var sort in new[] { "dueOn", "-dueOn" })
        {
            var seen = await InTwoItemPagesAsync(officer, $"sort={sort}");
            seen.Select(t => t["id"]!.GetValue<string>()).ShouldBeUnique(sort);
            var mine = seen.Where(t => started.Contains(t["instanceId"]!.GetValue<string>())).ToList();
            mine.Count.ShouldBe(started.Count, sort);
            // Dated first, in the sort's direction; then the two without a due date.
            var dates = seen.Select(t => t["dueOn"]?.GetValue<string>()).ToList();
            var dated = dates.TakeWhile(d => d is not null).ToList();
            dates.Skip(dated.Count).ShouldAllBe(d => d == null, sort);
            dated.ShouldBe(sort == "dueOn" ? dated.Order(StringComparer.Ordinal).ToList() : dated.OrderDescending(StringComparer.Ordinal).ToList(), sort);
            mine.Count(t => t["dueOn"] is null).ShouldBe(2, sort);
        }
    }

    [Fact]
    public async Task Viewer_CanReadButNotAct()
    {
        var instance = await StartCycleAsync();
        var viewer = await factory.ClientForAsync("viewer");
        var all = await InboxAsync(viewer, "?mine=false");
        var task = IdOf(all, instance, "DU-SYT");

        (await viewer.PostAsJsonAsync($"/api/tasks/{task}/complete", new { action = "Submit" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InboxAsync(viewer)).ShouldBeEmpty();
    }

    [Fact]
    public async Task BulkApprove_ApprovesEachAndReportsFailures()
    {
        var instance = await StartCycleAsync();
        var supervisor = await factory.ClientForAsync("supervisor");
        foreach (var (user, unit) in new[] { ("officer1", "DU-SYT"), ("officer2", "DU-SGDDT") })
        {
            var client = await factory.ClientForAsync(user);
            var work = IdOf(await InboxAsync(client), instance, unit);
            (await client.PostAsJsonAsync($"/api/tasks/{work}/complete", new { action = "Submit" }, Ct)).EnsureSuccessStatusCode();
        }
        var reviews = (await InboxAsync(supervisor)).Where(t => t!["instanceId"]!.GetValue<string>() == instance).Select(t => t!["id"]!.GetValue<string>()).ToList();
        reviews.Count.ShouldBe(2);

        // An empty id refuses the whole request: none of the others is approved.
        var withNull = await supervisor.PostAsJsonAsync("/api/tasks/bulk-approve", new { taskIds = new[] { reviews[0], null }, comment = "Đạt" }, Ct);
        (await withNull.ReadProblemAsync(HttpStatusCode.BadRequest))["errors"]!["taskIds[1]"]![0]!.GetValue<string>().ShouldBe("A task id is empty.");

        var response = await supervisor.PostAsJsonAsync("/api/tasks/bulk-approve", new { taskIds = reviews.Append("missing-task"), comment = "Đạt" }, Ct);

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        body["approved"]!.AsArray().Count.ShouldBe(2);
        body["failed"]!.AsObject().Select(f => f.Key).ShouldBe(["missing-task"]);
        var instanceDone = await factory.Services.GetRequiredService<IWorkflowRuntime>().GetInstanceAsync(instance, Ct);
        instanceDone!.Summary.Status.ShouldBe(Supervision.Workflows.Execution.WorkflowStatus.Finished);
    }

    [Fact]
    public async Task SavedFilters_AreSharedWithinTheUnit()
    {
        var officer1 = await factory.ClientForAsync("officer1");
        var supervisor = await factory.ClientForAsync("supervisor");
        var saved = await supervisor.PostAsJsonAsync("/api/tasks/filters", new { name = "Quá hạn", sharedWithUnit = true, query = new { deadlineState = "OverdueOpen" } }, Ct);
        saved.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await officer1.PostAsJsonAsync("/api/tasks/filters", new { name = "", query = new { } }, Ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var colleagues = await supervisor.GetFromJsonAsync<JsonArray>("/api/tasks/filters", Ct);
        colleagues!.ShouldContain(f => f!["name"]!.GetValue<string>() == "Quá hạn");
        (await officer1.GetFromJsonAsync<JsonArray>("/api/tasks/filters", Ct))!.ShouldNotContain(f => f!["name"]!.GetValue<string>() == "Quá hạn");
    }
}

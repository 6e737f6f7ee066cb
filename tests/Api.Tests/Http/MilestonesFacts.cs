using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Tests.Http;

public class MilestonesFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts a workflow whose one step is a milestone of DU-SGDDT that the supervisor approves; returns the instance id.</summary>
    private async Task<string> StartMilestoneAsync(string name)
    {
        var json = """
            {"definitionId": "milestone-ID", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "approve", "type": "Supervision.ApproveMilestone", "canStartWorkflow": true,
               "milestone": {"typeName": "String", "expression": {"type": "Literal", "value": "NAME"}},
               "approver": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"userName\": \"supervisor\"}"}},
               "unit": {"typeName": "String", "expression": {"type": "Literal", "value": "DU-SGDDT"}},
               "deadline": {"typeName": "String", "expression": {"type": "Literal", "value": "WorkingDays:3"}}},
              {"id": "approved", "type": "Elsa.WriteLine", "text": "approved"},
              {"id": "returned", "type": "Elsa.WriteLine", "text": "returned"}],
             "connections": [
              {"source": {"activity": "approve", "port": "Approved"}, "target": {"activity": "approved", "port": "In"}},
              {"source": {"activity": "approve", "port": "Returned"}, "target": {"activity": "returned", "port": "In"}}]}}
            """.Replace("ID", Guid.NewGuid().ToString("N")).Replace("NAME", name);
        return await PublishAndStartAsync(json);
    }

    /// <summary>Publishes a definition and starts it as the supervisor; returns the instance id.</summary>
    private async Task<string> PublishAndStartAsync(string json)
    {
        using var scope = factory.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionStore>();
        var draft = await store.SaveDraftAsync(WorkflowDefinitionReader.Read(json).Definition, Ct);
        await store.PublishAsync(draft.DefinitionId, draft.Version, Ct);
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        return (await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = draft.DefinitionId, Actor = "supervisor" }, Ct)).InstanceId;
    }

    private async Task<JsonObject> MilestoneOfAsync(HttpClient client, string instanceId, string query = "")
    {
        var page = await (await client.GetAsync("/api/milestones?pageSize=100" + query, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Single(m => m!["instanceId"]!.GetValue<string>() == instanceId)!.AsObject();
    }

    [Fact]
    public async Task Milestones_ArePendingUntilTheSupervisorDecides_AndReturningNeedsAComment()
    {
        var instance = await StartMilestoneAsync("Kế hoạch quý I");
        var supervisor = await factory.As("supervisor");
        var officer = await factory.As("officer2"); // of DU-SGDDT

        var pending = await MilestoneOfAsync(supervisor, instance, "&status=Pending");
        var id = pending["id"]!.GetValue<string>();
        var seenByOfficer = await MilestoneOfAsync(officer, instance);
        var officerTries = await (await officer.PostJsonAsync($"/api/milestones/{id}/approve", new { })).ReadProblemAsync(HttpStatusCode.Forbidden);
        var noComment = await (await supervisor.PostJsonAsync($"/api/milestones/{id}/return", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var returned = await (await supervisor.PostJsonAsync($"/api/milestones/{id}/return", new { comment = "Bổ sung số liệu tháng 3." })).ReadObjectAsync(HttpStatusCode.OK);
        var again = await (await supervisor.PostJsonAsync($"/api/milestones/{id}/approve", new { })).ReadProblemAsync(HttpStatusCode.Conflict);
        var listed = await MilestoneOfAsync(supervisor, instance, "&status=Returned");
        var run = await supervisor.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instance}", Ct);

        pending["milestone"]!.GetValue<string>().ShouldBe("Kế hoạch quý I");
        pending["canDecide"]!.GetValue<bool>().ShouldBeTrue();
        pending["unitId"]!.GetValue<string>().ShouldBe("DU-SGDDT");
        seenByOfficer["canDecide"]!.GetValue<bool>().ShouldBeFalse(); // the officer's unit's milestone, the supervisor's decision
        officerTries["title"]!.GetValue<string>().ShouldContain("cannot act");
        noComment.ErrorsOf("comment").ShouldNotBeEmpty();
        returned["status"]!.GetValue<string>().ShouldBe("Returned");
        returned["decidedBy"]!.GetValue<string>().ShouldBe("supervisor");
        returned["comment"]!.GetValue<string>().ShouldBe("Bổ sung số liệu tháng 3.");
        again["status"]!.GetValue<int>().ShouldBe(409);
        listed["id"]!.GetValue<string>().ShouldBe(id);
        run!["summary"]!["status"]!.GetValue<string>().ShouldBe("Finished");
    }

    [Fact]
    public async Task Approving_FinishesTheStep_AndOtherUnitsOfficersDoNotSeeIt()
    {
        var instance = await StartMilestoneAsync("Báo cáo sáu tháng");
        var supervisor = await factory.As("supervisor");
        var id = (await MilestoneOfAsync(supervisor, instance))["id"]!.GetValue<string>();

        var approved = await (await supervisor.PostJsonAsync($"/api/milestones/{id}/approve", new { comment = "Đồng ý." })).ReadObjectAsync(HttpStatusCode.OK);
        var otherUnit = // officer1 is of DU-SYT
             await (await (await factory.As("officer1")).GetAsync("/api/milestones?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var approvedOnly = await (await supervisor.GetAsync("/api/milestones?status=Approved&pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        approved["status"]!.GetValue<string>().ShouldBe("Approved");
        approved["canDecide"]!.GetValue<bool>().ShouldBeFalse();
        otherUnit["items"]!.AsArray().ShouldNotContain(m => m!["instanceId"]!.GetValue<string>() == instance);
        approvedOnly["items"]!.AsArray().ShouldAllBe(m => m!["status"]!.GetValue<string>() == "Approved");
        approvedOnly["items"]!.AsArray().ShouldContain(m => m!["id"]!.GetValue<string>() == id);
    }

    /// <summary>Starts a workflow whose one step is a milestone task of DU-SGDDT for the supervisor, with the actions and form given; returns the instance id.</summary>
    private Task<string> StartMilestoneTaskAsync(string actions, string form) => PublishAndStartAsync("""
        {"definitionId": "issue-ID", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
          {"id": "issue", "type": "Supervision.UserTask", "canStartWorkflow": true,
           "title": {"typeName": "String", "expression": {"type": "Literal", "value": "Ban hành kế hoạch"}},
           "assignee": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"userName\": \"supervisor\"}"}},
           "unit": {"typeName": "String", "expression": {"type": "Literal", "value": "DU-SGDDT"}},
           "kind": {"typeName": "String", "expression": {"type": "Literal", "value": "Milestone"}},
           "actions": {"typeName": "String[]", "expression": {"type": "Object", "value": "ACTIONS"}},
           "form": {"typeName": "Object", "expression": {"type": "Object", "value": "FORM"}}}],
         "connections": []}}
        """.Replace("ID", Guid.NewGuid().ToString("N")).Replace("ACTIONS", actions).Replace("FORM", form));

    private const string SymbolRequired = """[{\"name\": \"symbol\", \"labelVi\": \"Số, ký hiệu\", \"labelEn\": \"Number and symbol\", \"required\": true}]""";

    [Theory]
    [InlineData("""[\"Approve\", \"Return\"]""", "[]", "approve,return")]
    [InlineData("""[\"Approve\", \"Issued\"]""", "[]", "approve")]
    [InlineData("""[\"Approve\", \"Return\"]""", SymbolRequired, "")]
    [InlineData("""[\"Issued\"]""", SymbolRequired, "")]
    public async Task TheListOffersTheDecisionsItsTaskTakesWithoutAForm_AndOtherwiseSendsToTheTaskPage(string actions, string form, string offered)
    {
        var instance = await StartMilestoneTaskAsync(actions, form);
        var supervisor = await factory.As("supervisor");
        var viewer = await factory.As("viewer");

        var pending = await MilestoneOfAsync(supervisor, instance, "&status=Pending");
        var seenByViewer = await MilestoneOfAsync(viewer, instance, "&status=Pending");

        string.Join(',', pending["decisions"]!.AsArray().Select(d => d!.GetValue<string>())).ShouldBe(offered);
        pending["canDecide"]!.GetValue<bool>().ShouldBe(offered.Length > 0);
        pending["canAct"]!.GetValue<bool>().ShouldBeTrue();
        // A viewer reads it but it is the supervisor's to act on.
        (seenByViewer["canAct"]!.GetValue<bool>(), seenByViewer["canDecide"]!.GetValue<bool>(), seenByViewer["decisions"]!.AsArray().Count).ShouldBe((false, false, 0));
    }

    [Fact]
    public async Task AMilestoneCompletedByItsOwnAction_IsDone_ByWhoDidIt_AndIsNotDecidedFromTheList()
    {
        var instanceOfIssue = await StartMilestoneTaskAsync("""[\"Issued\"]""", SymbolRequired);
        var supervisor = await factory.As("supervisor");
        var pending = await MilestoneOfAsync(supervisor, instanceOfIssue, "&status=Pending");

        var issued = await supervisor.PostJsonAsync($"/api/tasks/{pending["id"]!.GetValue<string>()}/complete", new { action = "Issued", form = new { symbol = "12-KH/BTGDV" } });
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync(Ct));
        var done = await MilestoneOfAsync(supervisor, instanceOfIssue, "&status=Done");
        var closed = await (await supervisor.GetAsync("/api/milestones?status=Closed&pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        // Issuing is the step's own action with its form: the list cannot approve or return it.
        pending["canDecide"]!.GetValue<bool>().ShouldBeFalse();
        (done["status"]!.GetValue<string>(), done["decidedBy"]!.GetValue<string>()).ShouldBe(("Done", "supervisor"));
        done["decidedAt"].ShouldNotBeNull();
        closed["items"]!.AsArray().ShouldNotContain(m => m!["instanceId"]!.GetValue<string>() == instanceOfIssue);
    }

    [Fact]
    public async Task TheInbox_FiltersByKindOfTask()
    {
        var instance = await StartMilestoneAsync("Chương trình công tác");
        var supervisor = await factory.As("supervisor");

        var milestones = await (await supervisor.GetAsync("/api/tasks?mine=false&kind=Milestone,Review&pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var workTasks = await (await supervisor.GetAsync("/api/tasks?mine=false&kind=WorkTask&pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var bad = await (await supervisor.GetAsync("/api/tasks?kind=Chore", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        milestones["items"]!.AsArray().ShouldContain(t => t!["instanceId"]!.GetValue<string>() == instance);
        milestones["items"]!.AsArray().ShouldAllBe(t => t!["kind"]!.GetValue<string>() == "Milestone" || t["kind"]!.GetValue<string>() == "Review");
        workTasks["items"]!.AsArray().ShouldNotContain(t => t!["instanceId"]!.GetValue<string>() == instance);
        bad.ErrorsOf("kind").Single().ShouldContain("WorkTask");
    }

    [Fact]
    public async Task BadInput_IsAnsweredWithProblemDetails()
    {
        var supervisor = await factory.As("supervisor");

        var status = await (await supervisor.GetAsync("/api/milestones?status=Maybe", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var page = await (await supervisor.GetAsync("/api/milestones?page=0", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        await (await supervisor.PostJsonAsync("/api/milestones/no-such-milestone/approve", new { })).ReadProblemAsync(HttpStatusCode.NotFound);
        (await factory.CreateClient().GetAsync("/api/milestones", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        status.ErrorsOf("status").Single().ShouldContain("Pending");
        page.ErrorsOf("page").ShouldNotBeEmpty();
    }
}

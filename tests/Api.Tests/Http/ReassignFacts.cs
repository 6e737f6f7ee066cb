using System.Net;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

/// <summary>Reassigning a task: only to someone who could then act on it.</summary>
public class ReassignFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts a one-task workflow (FocalPoint in the unit, DU-SYT unless named) and returns the id of its task.</summary>
    private async Task<string> OpenTaskAsync(string unitId = "DU-SYT")
    {
        var definitionId = "reassign-" + Guid.NewGuid().ToString("N")[..8];
        var designer = await factory.As("designer");
        (await designer.PostJsonAsync("/api/workflow-definitions", OneTask(definitionId, unitId: unitId))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await designer.PostAsync($"/api/workflow-definitions/{definitionId}/versions/1/publish", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        var started = await (await supervisor.PostJsonAsync("/api/workflow-instances", new { definitionId })).ReadObjectAsync(HttpStatusCode.Created);
        var instanceId = started["summary"]!["id"]!.GetValue<string>();
        var inbox = await (await supervisor.GetAsync("/api/tasks?mine=false&pageSize=200", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        return inbox["items"]!.AsArray().Single(t => t!["instanceId"]!.GetValue<string>() == instanceId)!["id"]!.GetValue<string>();
    }

    private async Task<JsonObject> TaskAsync(string taskId) =>
        (await (await (await factory.As("supervisor")).GetAsync($"/api/tasks/{taskId}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["task"]!.AsObject();

    private async Task<HttpResponseMessage> ReassignAsync(string taskId, object body) =>
        await (await factory.As("supervisor")).PostJsonAsync($"/api/tasks/{taskId}/reassign", body);

    [Fact]
    public async Task Reassign_RefusesARoleThatIsNoRole_AndLeavesTheTaskAsItWas()
    {
        var task = await OpenTaskAsync();

        var problem = await (await ReassignAsync(task, new { userName = (string?)null, role = "Bogus", unitId = "BTGDV-TU", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("role").Single().ShouldStartWith("The role is one of Leader");
        var unchanged = await TaskAsync(task);
        (unchanged["assigneeRole"]!.GetValue<string>(), unchanged["assigneeUnitId"]!.GetValue<string>()).ShouldBe(("FocalPoint", "DU-SYT"));
    }

    [Fact]
    public async Task Reassign_RefusesAPersonWhoseAccountDoesNotActOnTasks()
    {
        var task = await OpenTaskAsync();

        var viewer = await (await ReassignAsync(task, new { userName = "viewer", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var designer = await (await ReassignAsync(task, new { userName = "designer", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        viewer.ErrorsOf("userName").Single().ShouldBe("'viewer' cannot act on tasks: only unit officers, supervisors and administrators do.");
        designer.ErrorsOf("userName").Single().ShouldContain("cannot act on tasks");
        (await TaskAsync(task))["assigneeUser"].ShouldBeNull();
    }

    [Fact]
    public async Task Reassign_RefusesARoleNobodyCouldActAs_AnUnknownUnit_AndTheViewerRole()
    {
        var task = await OpenTaskAsync();

        // Nobody holds Secretary in the board, and no officer works there.
        var nobody = await (await ReassignAsync(task, new { role = "Secretary", unitId = "BTGDV-TU", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var unit = await (await ReassignAsync(task, new { role = "Leader", unitId = "NO-SUCH-UNIT", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var viewerRole = await (await ReassignAsync(task, new { role = "Viewer", unitId = "DU-SYT", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        nobody.ErrorsOf("role").Single().ShouldStartWith("Nobody could act on the task as Secretary in 'BTGDV-TU'");
        unit.ErrorsOf("unitId").Single().ShouldBe("Unit 'NO-SUCH-UNIT' does not exist.");
        viewerRole.ErrorsOf("role").Single().ShouldContain("does not act");
        (await TaskAsync(task))["assigneeRole"]!.GetValue<string>().ShouldBe("FocalPoint");
    }

    [Fact]
    public async Task Reassign_HandsTheTaskToARole_WhenSomeoneCouldActAsIt()
    {
        var task = await OpenTaskAsync();

        // The supervisor holds Leader in the committee, above the board.
        var leader = await ReassignAsync(task, new { role = "Leader", unitId = "BTGDV-TU", reason = "Ban trực tiếp xử lý" });
        var byLeader = await (await (await factory.As("supervisor")).PostAsync($"/api/tasks/{task}/claim", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        // No one holds Secretary in DU-SYT, but its officers act on its work.
        var secretary = await ReassignAsync(task, new { role = "Secretary", unitId = "DU-SYT", reason = "Văn phòng đảng ủy xử lý" });
        var byOfficer = await (await (await factory.As("officer1")).PostAsync($"/api/tasks/{task}/claim", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);

        (await leader.ReadObjectAsync(HttpStatusCode.OK))["assigneeRole"]!.GetValue<string>().ShouldBe("Leader");
        byLeader["status"]!.GetValue<string>().ShouldBe("Claimed");
        (await secretary.ReadObjectAsync(HttpStatusCode.OK))["assigneeUnitId"]!.GetValue<string>().ShouldBe("DU-SYT");
        byOfficer["status"]!.GetValue<string>().ShouldBe("Claimed");
    }

    [Fact]
    public async Task Reassign_RefusesAPersonTheTasksUnitIsOutsideOf_WhoWouldOtherwiseSeeItOnlyForBeingNamed()
    {
        var task = await OpenTaskAsync("DU-SGDDT");

        // officer1 works for DU-SYT and holds no role in DU-SGDDT.
        var outside = await (await ReassignAsync(task, new { userName = "officer1", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        outside.ErrorsOf("userName").Single().ShouldBe("'officer1' works outside the task's unit ('DU-SGDDT'): "
            + "a task goes by name only to someone of that unit or a unit above it, someone who holds a role there, or a supervisor.");
        (await TaskAsync(task))["assigneeUser"].ShouldBeNull();
        var officer1 = await factory.As("officer1");
        (await (await officer1.GetAsync("/api/tasks?mine=true&pageSize=200", Ct)).ReadItemsAsync()).Select(t => t!["id"]!.GetValue<string>()).ShouldNotContain(task);
        await (await officer1.GetAsync($"/api/tasks/{task}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reassign_HandsTheTaskToAPersonOfItsUnit_OrToASupervisor()
    {
        var task = await OpenTaskAsync("DU-SGDDT");

        var officer = await (await ReassignAsync(task, new { userName = "officer2", reason = "Chuyên viên phụ trách" })).ReadObjectAsync(HttpStatusCode.OK);
        var mine = await (await (await factory.As("officer2")).GetAsync("/api/tasks?mine=true&pageSize=200", Ct)).ReadItemsAsync();
        var supervisor = await (await ReassignAsync(task, new { userName = "supervisor", reason = "Ban trực tiếp xử lý" })).ReadObjectAsync(HttpStatusCode.OK);

        officer["assigneeUser"]!.GetValue<string>().ShouldBe("officer2");
        mine.Single(t => t!["id"]!.GetValue<string>() == task)!["canAct"]!.GetValue<bool>().ShouldBeTrue();
        supervisor["assigneeUser"]!.GetValue<string>().ShouldBe("supervisor");
    }

    [Fact]
    public async Task Reassign_RefusesAPersonTogetherWithARoleOrAUnit_AndLeavesTheTaskAsItWas()
    {
        var task = await OpenTaskAsync("DU-SGDDT");

        var both = await (await ReassignAsync(task, new { userName = "officer2", role = "Leader", unitId = "DU-SGDDT", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var withUnit = await (await ReassignAsync(task, new { userName = "officer2", unitId = "DU-SGDDT", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        both.ErrorsOf("userName").ShouldBe(["Give a person (userName), or a role in a unit (role, unitId), not both."]);
        withUnit.ErrorsOf("userName").ShouldBe(["Give a person (userName), or a role in a unit (role, unitId), not both."]);
        var unchanged = await TaskAsync(task);
        unchanged["assigneeUser"].ShouldBeNull();
        unchanged["assigneeRole"]!.GetValue<string>().ShouldBe("FocalPoint");
    }

    [Fact]
    public async Task Reassign_RefusalsAreExplainedInVietnamese_WhenAskedFor()
    {
        var task = await OpenTaskAsync();
        var client = await factory.ClientForAsync("supervisor");
        client.DefaultRequestHeaders.Add("Accept-Language", "vi");

        var problem = await (await client.PostJsonAsync($"/api/tasks/{task}/reassign", new { userName = "viewer", reason = "x" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("userName").Single().ShouldStartWith("'viewer' không thể xử lý nhiệm vụ");
    }
}

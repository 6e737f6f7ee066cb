using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Api.Tests.Support;

namespace Supervision.Api.Tests.Http;

public class UrgeNoticesFacts(DomainRecordsApiFactory factory) : IClassFixture<DomainRecordsApiFactory>
{
    private const string Base = "/api/urge-notices";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonObject> PageAsync(string user, string query = "") =>
        await (await (await factory.As(user)).GetAsync(Base + query, Ct)).ReadObjectAsync(HttpStatusCode.OK);

    private static List<string> Ids(JsonObject page) => page["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Supervisor_SeesEveryNotice_NewestFirst_WithItsAddresseesTasksAndThePreviousNotice()
    {
        var page = await PageAsync("supervisor");

        Ids(page).ShouldBe([factory.LetterNotice.Id.ToString(), factory.SecondNotice.Id.ToString(), factory.FirstNotice.Id.ToString()]);
        var first = page["items"]![2]!;
        first["level"]!.GetValue<int>().ShouldBe(1);
        first["message"]!.GetValue<string>().ShouldBe("Đề nghị khẩn trương nộp báo cáo");
        first["messageEn"].ShouldBeNull();
        first["issuedAt"]!.GetValue<DateTimeOffset>().ShouldBe(new DateTimeOffset(2026, 2, 10, 2, 0, 0, TimeSpan.Zero));
        first["addressees"]!.AsArray().Select(a => (a!["id"]!.GetValue<string>(), a["nameVi"]!.GetValue<string>()))
            .ShouldBe([("DU-SYT", "Đảng ủy Sở Y tế"), ("DU-SGDDT", "Đảng ủy Sở Giáo dục và Đào tạo")]);
        // In the form the task list's ids take, so that a client can open /api/tasks/{id}.
        first["targetTaskIds"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(factory.FirstNoticeTasks.Select(t => t.ToString("N")));
        first["workflowInstanceId"]!.GetValue<string>().ShouldBe("wf-urge");
        first["previousNoticeId"].ShouldBeNull();
        var second = page["items"]![1]!;
        (second["level"]!.GetValue<int>(), second["previousNoticeId"]!.GetValue<string>()).ShouldBe((2, factory.FirstNotice.Id.ToString()));
        (second["message"]!.GetValue<string>(), second["messageEn"]!.GetValue<string>()).ShouldBe(("Nhắc lần hai", "Second reminder"));
        var letter = page["items"]![0]!;
        (letter["documentId"]!.GetValue<string>(), letter["workflowInstanceId"]).ShouldBe((factory.UrgingLetter.Id.ToString(), null));
    }

    [Fact]
    public async Task Filters_ByLevelUnitAndHanoiIssueDates_AndPages()
    {
        var level = await PageAsync("supervisor", "?level=2");
        var education = await PageAsync("supervisor", "?unitId=DU-SGDDT");
        // The letter went out at 03:00 on 1 March in Hà Nội, which is still 28 February in UTC.
        var february = await PageAsync("supervisor", "?issuedFrom=2026-02-15&issuedTo=2026-02-28");
        var march = await PageAsync("supervisor", "?issuedFrom=2026-03-01");
        var last = await PageAsync("supervisor", "?page=2&pageSize=2");

        Ids(level).ShouldBe([factory.SecondNotice.Id.ToString()]);
        Ids(education).ShouldBe([factory.SecondNotice.Id.ToString(), factory.FirstNotice.Id.ToString()]);
        Ids(february).ShouldBe([factory.SecondNotice.Id.ToString()]);
        Ids(march).ShouldBe([factory.LetterNotice.Id.ToString()]);
        last["total"]!.GetValue<int>().ShouldBe(3);
        Ids(last).ShouldBe([factory.FirstNotice.Id.ToString()]);
    }

    [Fact]
    public async Task AnOfficer_SeesOnlyTheNoticesAddressedToTheirUnit()
    {
        var officer1 = await PageAsync("officer1");
        var officer2 = await PageAsync("officer2");
        var otherUnit = await (await (await factory.As("officer2")).GetAsync(Base + "?unitId=DU-SYT", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);

        Ids(officer1).ShouldBe([factory.LetterNotice.Id.ToString(), factory.SecondNotice.Id.ToString(), factory.FirstNotice.Id.ToString()]);
        Ids(officer2).ShouldBe([factory.SecondNotice.Id.ToString(), factory.FirstNotice.Id.ToString()]);
        officer2["total"]!.GetValue<int>().ShouldBe(2);
        otherUnit["title"]!.GetValue<string>().ShouldBe("Unit 'DU-SYT' is outside your unit.");
    }

    [Fact]
    public async Task UrgeNotices_NeedASignIn_AndAnswerBadFiltersFieldByField()
    {
        (await factory.CreateClient().GetAsync(Base, Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var viewer = await factory.As("viewer");

        var problem = await (await viewer.GetAsync($"{Base}?level=5&issuedFrom=2026-03-01&issuedTo=2026-02-01&page=0", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var notANumber = await (await viewer.GetAsync($"{Base}?level=high", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("level").ShouldBe(["The level is one of 1, 2, 3, 4."]);
        problem.ErrorsOf("issuedTo").ShouldBe(["issuedTo is before issuedFrom."]);
        problem.ErrorsOf("page").ShouldBe(["Pages are numbered from 1."]);
        notANumber["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["level"]);
    }
}

/// <summary>A notice about a task still in the task list names it, so a client can show more than an id.</summary>
public class UrgedTasksFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    [Fact]
    public async Task ANotice_NamesTheTasksItPressesAbout_ThatTheTaskListStillHas()
    {
        var ct = TestContext.Current.CancellationToken;
        string taskId;
        using (var scope = factory.Services.CreateScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<Supervision.Workflows.Runtime.WorkflowDefinitionStore>();
            var json = """
                {"definitionId": "urged-task", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
                  {"id": "task", "type": "Supervision.UserTask",
                   "title": {"typeName": "String", "expression": {"type": "Literal", "value": "Báo cáo quý I"}},
                   "assignee": {"typeName": "Object", "expression": {"type": "Object", "value": "{\"role\": \"FocalPoint\", \"unitId\": \"DU-SYT\"}"}},
                   "unit": {"typeName": "String", "expression": {"type": "Literal", "value": "DU-SYT"}},
                   "deadline": {"typeName": "String", "expression": {"type": "Literal", "value": "WorkingDays:5"}},
                   "actions": {"typeName": "String[]", "expression": {"type": "Object", "value": "[\"Submit\"]"}}}
                ], "connections": []}}
                """;
            var draft = await store.SaveDraftAsync(Supervision.Workflows.Definitions.WorkflowDefinitionReader.Read(json).Definition, ct);
            await store.PublishAsync(draft.DefinitionId, draft.Version, ct);
            var runtime = scope.ServiceProvider.GetRequiredService<Supervision.Workflows.Runtime.IWorkflowRuntime>();
            var started = await runtime.StartAsync(new Supervision.Workflows.Runtime.StartWorkflowRequest { DefinitionId = "urged-task", Actor = "supervisor" }, ct);
            taskId = started.CreatedBookmarks.Single().Id;
            var db = scope.ServiceProvider.GetRequiredService<Supervision.Workflows.Persistence.SupervisionDbContext>();
            db.UrgeNotices.Add(Supervision.Domain.Urging.UrgeNotice.Issue(1, [Supervision.Workflows.Persistence.Domain.DomainKeys.Task(taskId), Guid.NewGuid()],
                [Supervision.Workflows.Persistence.Domain.DomainKeys.OrgUnit("DU-SYT")], Guid.NewGuid(), factory.Clock.GetUtcNow(), "Đề nghị nộp báo cáo"));
            await db.SaveChangesAsync(ct);
        }

        var page = await (await (await factory.As("supervisor")).GetAsync("/api/urge-notices", ct)).ReadObjectAsync(HttpStatusCode.OK);

        var notice = page["items"]!.AsArray().Single()!;
        notice["targetTaskIds"]!.AsArray().Count.ShouldBe(2);
        var named = notice["targetTasks"]!.AsArray().Single()!; // the other id is no task of the list
        (named["id"]!.GetValue<string>(), named["title"]!.GetValue<string>(), named["unitId"]!.GetValue<string>(), named["status"]!.GetValue<string>())
            .ShouldBe((taskId, "Báo cáo quý I", "DU-SYT", "Open"));
    }
}

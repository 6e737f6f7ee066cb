using System.Net;
using System.Text.Json.Nodes;
using Supervision.Api.Tests.Support;
using static Supervision.Api.Tests.Http.Definitions;

namespace Supervision.Api.Tests.Http;

public class WorkflowInstancesFacts(SupervisionApiFactory factory) : IClassFixture<SupervisionApiFactory>
{
    private const string Base = "/api/workflow-instances";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Saves and publishes a definition (as the designer) unless it is published already.</summary>
    private async Task PublishAsync(JsonObject definition)
    {
        var designer = await factory.As("designer");
        var id = definition["definitionId"]!.GetValue<string>();
        var saved = await (await designer.PostAsync("/api/workflow-definitions", ApiClients.Json(definition), Ct)).ReadObjectAsync(HttpStatusCode.Created);
        await (await designer.PostAsync($"/api/workflow-definitions/{id}/versions/{saved["version"]}/publish", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
    }

    private async Task<JsonObject> StartAsync(object request)
    {
        var supervisor = await factory.As("supervisor");
        return await (await supervisor.PostJsonAsync(Base, request)).ReadObjectAsync(HttpStatusCode.Created);
    }

    private static string IdOf(JsonObject instance) => instance["summary"]!["id"]!.GetValue<string>();

    private static string StateOf(JsonObject instance, string activityId) =>
        instance["activities"]!.AsArray().Single(a => a!["activityId"]!.GetValue<string>() == activityId)!["state"]!.GetValue<string>();

    // ---- start --------------------------------------------------------------------------------

    [Fact]
    public async Task Start_AnnualCycle_ShowsTheFirstTaskWaiting()
    {
        var supervisor = await factory.As("supervisor");

        var response = await supervisor.PostJsonAsync(Base, new { definitionId = "template-annual-plan-cycle", input = new { year = 2026, planIssueBy = "03-31", unitQuery = "DU-SYT,DU-SGDDT" }, correlationId = "plan-2026" });

        var instance = await response.ReadObjectAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"{Base}/{IdOf(instance)}");
        instance["summary"]!["status"]!.GetValue<string>().ShouldBe("Suspended");
        instance["summary"]!["correlationId"]!.GetValue<string>().ShouldBe("plan-2026");
        instance["summary"]!["definitionName"]!.GetValue<string>().ShouldBe("Chu trình kế hoạch công tác khoa giáo năm");
        // A reader of the English interface gets the definition's English name, in the instance and in the list.
        var english = await factory.As("supervisor");
        english.DefaultRequestHeaders.Add("Accept-Language", "en");
        var read = await (await english.GetAsync($"{Base}/{IdOf(instance)}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        read["summary"]!["definitionName"]!.GetValue<string>().ShouldBe("Annual science-and-education work-plan cycle");
        var listed = await (await english.GetAsync($"{Base}?definitionId=template-annual-plan-cycle", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        listed["items"]!.AsArray().First(i => i!["id"]!.GetValue<string>() == IdOf(instance))!["definitionName"]!.GetValue<string>()
            .ShouldBe("Annual science-and-education work-plan cycle");
        instance["input"]!["unitQuery"]!.GetValue<string>().ShouldBe("DU-SYT,DU-SGDDT");
        StateOf(instance, "c4fd16f40c1440e6").ShouldBe("Done");
        StateOf(instance, "deab5ef73ba40540").ShouldBe("Waiting");
        StateOf(instance, "f8dd9d55698ded63").ShouldBe("NotReached");
        StateOf(instance, "3a00d55f946f2439").ShouldBe("NotReached");
        instance["activities"]!.AsArray().Count(a => a!["state"]!.GetValue<string>() == "Waiting").ShouldBe(1);
        var task = instance["tasks"]!.AsArray().Single()!;
        task["activityId"]!.GetValue<string>().ShouldBe("deab5ef73ba40540");
        task["title"]!.GetValue<string>().ShouldBe("Dự thảo Kế hoạch công tác khoa giáo năm 2026");
        task["status"]!.GetValue<string>().ShouldBe("Open");
        task["unitId"]!.GetValue<string>().ShouldBe("BTGDV-KG");
        // Ten working days from Monday 2 March 2026.
        task["dueOn"]!.GetValue<string>().ShouldBe("2026-03-16");
        task["deadlineState"]!.GetValue<string>().ShouldBe("OnTrack");
        var bookmark = instance["bookmarks"]!.AsArray().Single()!;
        bookmark["activityName"]!.GetValue<string>().ShouldBe("DraftPlan");
        instance["incidents"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Start_IsForbidden_ForAViewerAndADesigner()
    {
        var request = new { definitionId = "hello-world" };

        (await (await factory.As("viewer")).PostJsonAsync(Base, request)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.As("designer")).PostJsonAsync(Base, request)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await factory.As("officer1")).PostJsonAsync(Base, request)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Start_Returns404_ForAnUnknownDefinitionOrVersion()
    {
        var supervisor = await factory.As("supervisor");

        (await (await supervisor.PostJsonAsync(Base, new { definitionId = "no-such-workflow" })).ReadProblemAsync(HttpStatusCode.NotFound))["title"]!.GetValue<string>().ShouldContain("no-such-workflow");
        await (await supervisor.PostJsonAsync(Base, new { definitionId = "hello-world", version = 42 })).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Start_IsRefused_WithoutADefinition_OrWithInputThatIsNotAnObject()
    {
        var supervisor = await factory.As("supervisor");

        var missing = await (await supervisor.PostJsonAsync(Base, new { version = 0 })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var array = await (await supervisor.PostAsync(Base, ApiClients.Json("""{"definitionId": "hello-world", "input": [1, 2]}"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var number = await (await supervisor.PostAsync(Base, ApiClients.Json("""{"definitionId": 7}"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        missing.ErrorsOf("definitionId").ShouldNotBeEmpty();
        missing.ErrorsOf("version").ShouldNotBeEmpty();
        array.ErrorsOf("input").ShouldNotBeEmpty();
        number.ErrorsOf("definitionId").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Start_AnswersMalformedJson_WithProblemDetails()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.PostAsync(Base, ApiClients.Json("""{"definitionId": "hello-world", "input": {"""), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Start_IsRefused_WhenAnInputHasTheWrongType()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.PostJsonAsync(Base, new { definitionId = "template-annual-plan-cycle", input = new { year = "năm nay" } })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("input.year").Single().ShouldContain("Int32");
    }

    [Fact]
    public async Task Start_IsRefused_ForInputTheDefinitionDoesNotDeclareOrOfTheWrongJsonType_NamingEachInput()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.PostAsync(Base, ApiClients.Json("""
            {"definitionId": "template-annual-plan-cycle", "input": {"year": "2027", "runInspection": "yes", "unitQuery": ["DU-SYT"], "units": "DU-SYT"}}
            """), Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var hello = await (await supervisor.PostJsonAsync(Base, new { definitionId = "hello-world", input = new { note = "x" } })).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem["title"]!.GetValue<string>().ShouldBe("The workflow input is invalid.");
        problem.ErrorsOf("input.year").ShouldBe(["Input 'year' takes a whole number (Int32)."]);
        problem.ErrorsOf("input.runInspection").ShouldBe(["Input 'runInspection' takes true or false."]);
        problem.ErrorsOf("input.unitQuery").ShouldBe(["Input 'unitQuery' takes text."]);
        problem.ErrorsOf("input.units").ShouldBe(["Input 'units' is not declared; this workflow takes year, unitQuery, planIssueBy, sixMonthReportDue, annualReportDue, runInspection."]);
        hello.ErrorsOf("input.note").ShouldBe(["Input 'note' is not declared: this workflow takes no input."]);
    }

    [Fact]
    public async Task Start_IsRefused_ForValuesTheInstanceWouldFaultOnLater_AndWritesNothing()
    {
        var supervisor = await factory.As("supervisor");
        async Task<int> InstancesAsync() =>
            (await (await supervisor.GetAsync($"{Base}?definitionId=template-annual-plan-cycle&pageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
        var before = await InstancesAsync();

        var problem = await (await supervisor.PostJsonAsync(Base, new
        {
            definitionId = "template-annual-plan-cycle",
            input = new { planIssueBy = "99-99", unitQuery = "((((", year = -5 },
            correlationId = "refused-start",
        })).ReadProblemAsync(HttpStatusCode.BadRequest);
        var vietnamese = new HttpRequestMessage(HttpMethod.Post, Base)
        {
            Headers = { { "Accept-Language", "vi" } },
            Content = ApiClients.Json("""{"definitionId": "template-annual-plan-cycle", "input": {"unitQuery": "(((("}}"""),
        };
        var inVietnamese = await (await supervisor.SendAsync(vietnamese, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("input.planIssueBy").ShouldBe(["Input 'planIssueBy' takes a day of the year written MM-dd, e.g. 06-10 for 10 June; '99-99' is not one."]);
        problem.ErrorsOf("input.unitQuery").ShouldBe(["Unit '((((' is not known."]);
        problem.ErrorsOf("input.year").ShouldBe(["Input 'year' takes a year from 1901 to 2187."]);
        inVietnamese.ErrorsOf("input.unitQuery").ShouldBe(["Không có đơn vị '(((('."]);
        (await InstancesAsync()).ShouldBe(before);
        (await (await supervisor.GetAsync($"{Base}?correlationId=refused-start", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>().ShouldBe(0);
        (await StartAsync(new { definitionId = "template-annual-plan-cycle", input = new { planIssueBy = "03-01", unitQuery = "DU-SYT", year = 2027 } }))["summary"]!["status"]!.GetValue<string>().ShouldBe("Suspended");
    }

    [Fact]
    public async Task Start_ThematicInspection_IsRefused_ForTargetsNoOpenUnitHas_AndAKindTheInspectionDoesNotTake()
    {
        var admin = await factory.As("admin");
        (await admin.PostJsonAsync("/api/admin/units", new { id = "DU-DA-GIAI-THE", code = "DU-DA-GIAI-THE", nameVi = "Đảng ủy đã giải thể", kind = "PartyCommittee", parentId = "TU-DEMO", validFrom = "2026-01-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostJsonAsync("/api/admin/units/DU-DA-GIAI-THE/close", new { on = "2026-02-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var supervisor = await factory.As("supervisor");
        async Task<int> InstancesAsync() =>
            (await (await supervisor.GetAsync($"{Base}?definitionId=template-thematic-inspection&pageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
        var before = await InstancesAsync();

        var bogus = await (await supervisor.PostJsonAsync(Base, new { definitionId = "template-thematic-inspection", input = new { kind = "Bogus", targets = new[] { "NOPE", "DU-SYT" } } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var closed = await (await supervisor.PostJsonAsync(Base, new { definitionId = "template-thematic-inspection", input = new { targets = new[] { "DU-SYT", "DU-DA-GIAI-THE" } } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var none = await (await supervisor.PostJsonAsync(Base, new { definitionId = "template-thematic-inspection", input = new { targets = Array.Empty<string>() } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        var vietnamese = new HttpRequestMessage(HttpMethod.Post, Base)
        {
            Headers = { { "Accept-Language", "vi" } },
            Content = ApiClients.Json("""{"definitionId": "template-thematic-inspection", "input": {"kind": "Bogus", "targets": ["NOPE"]}}"""),
        };
        var inVietnamese = await (await supervisor.SendAsync(vietnamese, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        bogus.ErrorsOf("input.kind").ShouldBe(["Input 'kind' takes one of Inspection, ThematicSupervision, RegularSupervision."]);
        bogus.ErrorsOf("input.targets").ShouldBe(["Input 'targets' names units that do not exist: NOPE."]);
        closed.ErrorsOf("input.targets").ShouldBe(["Input 'targets' names units that are not open on 2026-03-02: DU-DA-GIAI-THE."]);
        none.ErrorsOf("input.targets").ShouldBe(["Input 'targets' takes a list of at least one unit."]);
        inVietnamese.ErrorsOf("input.kind").ShouldBe(["Đầu vào 'kind' phải là một trong: Inspection, ThematicSupervision, RegularSupervision."]);
        inVietnamese.ErrorsOf("input.targets").ShouldBe(["Đầu vào 'targets' có đơn vị không tồn tại: NOPE."]);
        (await InstancesAsync()).ShouldBe(before);
        (await StartAsync(new { definitionId = "template-thematic-inspection", input = new { kind = "Inspection", targets = new[] { "DU-SGDDT" } } }))["summary"]!["status"]!.GetValue<string>()
            .ShouldBe("Suspended");
    }

    [Fact]
    public async Task Start_ResolutionReview_IsRefused_ForADepartmentNoUnitIs()
    {
        var supervisor = await factory.As("supervisor");

        var problem = await (await supervisor.PostJsonAsync(Base, new { definitionId = "template-resolution-review", input = new { departments = new[] { "SYT", "SO-KHONG-CO" } } }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("input.departments").ShouldBe(["Input 'departments' names units that do not exist: SO-KHONG-CO."]);
    }

    [Fact]
    public async Task Start_RefusesACycleWhoseDaysOfTheYearHavePassed_RatherThanMovingThemToNextYear()
    {
        var supervisor = await factory.As("supervisor");
        // The factory's clock reads 2 March 2026: the 2026 plan was due on 15 February.
        var late = new HttpRequestMessage(HttpMethod.Post, Base)
        {
            Headers = { { "Accept-Language", "vi" } },
            Content = ApiClients.Json("""{"definitionId": "template-annual-plan-cycle", "input": {"year": 2026, "unitQuery": "DU-SYT"}, "correlationId": "late-2026"}"""),
        };
        var refused = await (await supervisor.SendAsync(late, Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var missing = await (await supervisor.PostJsonAsync(Base, new { definitionId = "template-annual-plan-cycle", input = new { unitQuery = "DU-SYT" } })).ReadProblemAsync(HttpStatusCode.BadRequest);

        refused.ErrorsOf("input.planIssueBy").ShouldBe(["Trong năm 2026, ngày 02-15 là ngày 2026-02-15, đã qua: hãy chọn một ngày sau, hoặc một năm sau."]);
        refused["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["input.planIssueBy"]);
        missing.ErrorsOf("input.year").ShouldBe(["Input 'year' is required."]);
        (await (await supervisor.GetAsync($"{Base}?correlationId=late-2026", Ct)).ReadObjectAsync(HttpStatusCode.OK))["total"]!.GetValue<int>().ShouldBe(0);
    }

    // ---- list, get, scope ---------------------------------------------------------------------

    [Fact]
    public async Task List_FiltersByDefinitionStatusAndCorrelation_AndPages()
    {
        await StartAsync(new { definitionId = "hello-world", correlationId = "list-a" });
        await StartAsync(new { definitionId = "hello-world", correlationId = "list-b" });
        var viewer = await factory.As("viewer");

        var finished = await (await viewer.GetAsync($"{Base}?definitionId=hello-world&status=finished&pageSize=1", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var byCorrelation = await (await viewer.GetAsync($"{Base}?correlationId=list-b", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var today = await (await viewer.GetAsync($"{Base}?definitionId=hello-world&createdFrom=2026-03-02&createdTo=2026-03-02", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var tomorrow = await (await viewer.GetAsync($"{Base}?definitionId=hello-world&createdFrom=2026-03-03", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        finished["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(2);
        finished["items"]!.AsArray().Count.ShouldBe(1);
        finished["items"]![0]!["status"]!.GetValue<string>().ShouldBe("Finished");
        byCorrelation["items"]!.AsArray().Single()!["correlationId"]!.GetValue<string>().ShouldBe("list-b");
        today["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(2);
        tomorrow["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task List_AnswersBadFilters_WithEachField()
    {
        var viewer = await factory.As("viewer");

        var problem = await (await viewer.GetAsync($"{Base}?status=Sleeping&createdFrom=2026-03-05&createdTo=2026-03-01&pageSize=-1", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var badDate = await (await viewer.GetAsync($"{Base}?createdFrom=yesterday", Ct)).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.ErrorsOf("status").Single().ShouldContain("Suspended");
        problem.ErrorsOf("createdTo").ShouldNotBeEmpty();
        problem.ErrorsOf("pageSize").ShouldNotBeEmpty();
        badDate.ErrorsOf("createdFrom").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Get_Returns404ProblemDetails_ForAnUnknownInstance()
    {
        var viewer = await factory.As("viewer");

        await (await viewer.GetAsync($"{Base}/does-not-exist", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await viewer.GetAsync($"{Base}/does-not-exist/journal", Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnOfficer_SeesTheInstancesHoldingWorkOfTheirUnit_Only()
    {
        var scoped = OneTask("scope-syt", unitId: "DU-SYT");
        scoped["inputs"] = new JsonArray(new JsonObject { ["name"] = "note", ["type"] = "String" });
        await PublishAsync(scoped);
        var instance = await StartAsync(new { definitionId = "scope-syt", input = new { note = "ghi chú của ban" } });
        var id = IdOf(instance);
        var officer1 = await factory.As("officer1");
        var officer2 = await factory.As("officer2");

        var own = await (await officer1.GetAsync($"{Base}/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var other = await (await officer2.GetAsync($"{Base}/{id}", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden);
        var listed1 = await (await officer1.GetAsync($"{Base}?definitionId=scope-syt", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var listed2 = await (await officer2.GetAsync($"{Base}?definitionId=scope-syt", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        own["tasks"]!.AsArray().Single()!["unitId"]!.GetValue<string>().ShouldBe("DU-SYT");
        own["activities"]!.AsArray().Count.ShouldBe(2);
        instance["input"]!["note"]!.GetValue<string>().ShouldBe("ghi chú của ban");
        own["input"]!.AsObject().ShouldBeEmpty();
        other["title"]!.GetValue<string>().ShouldContain("your unit");
        listed1["total"]!.GetValue<int>().ShouldBe(1);
        listed2["total"]!.GetValue<int>().ShouldBe(0);
        (await officer2.GetAsync($"{Base}/{id}/journal", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The journal carries every unit's comments: not for officers, even of an instance they work in.
        (await (await officer1.GetAsync($"{Base}/{id}/journal", Ct)).ReadProblemAsync(HttpStatusCode.Forbidden))["title"]!.GetValue<string>().ShouldContain("every unit");
    }

    [Fact]
    public async Task Get_SaysWhichTasksTheCallerMayOpen_ByTheTaskPagesOwnRule()
    {
        await PublishAsync(OneTask("open-flags", unitId: "DU-SYT"));
        var id = IdOf(await StartAsync(new { definitionId = "open-flags" }));

        async Task<JsonNode> TaskAs(string user) =>
            (await (await (await factory.As(user)).GetAsync($"{Base}/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["tasks"]!.AsArray().Single()!;

        (await TaskAs("supervisor"))["canOpen"]!.GetValue<bool>().ShouldBeTrue();
        (await TaskAs("viewer"))["canOpen"]!.GetValue<bool>().ShouldBeTrue();
        (await TaskAs("officer1"))["canOpen"]!.GetValue<bool>().ShouldBeTrue();
        // A designer follows every instance, but a unit's task is the unit's: the task page refuses it, and the view says so.
        var designers = await TaskAs("designer");
        designers["canOpen"]!.GetValue<bool>().ShouldBeFalse();
        (await (await factory.As("designer")).GetAsync($"/api/tasks/{designers["id"]!.GetValue<string>()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Get_SaysWhetherTheCallerReadsTheWholeInstance_AsTheJournalDecides()
    {
        await PublishAsync(OneTask("whole-flag", unitId: "DU-SYT"));
        var id = IdOf(await StartAsync(new { definitionId = "whole-flag" }));

        foreach (var (user, whole) in new[] { ("supervisor", true), ("viewer", true), ("designer", true), ("officer1", false) })
        {
            var client = await factory.As(user);
            (await (await client.GetAsync($"{Base}/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK))["wholeInstance"]!.GetValue<bool>().ShouldBe(whole, user);
            (await client.GetAsync($"{Base}/{id}/journal", Ct)).StatusCode.ShouldBe(whole ? HttpStatusCode.OK : HttpStatusCode.Forbidden, user);
        }
    }

    // ---- journal ------------------------------------------------------------------------------

    [Fact]
    public async Task Journal_IsPaged_NewestLast_AndVerifies()
    {
        var instance = await StartAsync(new { definitionId = "hello-world" });
        var viewer = await factory.As("viewer");
        var id = IdOf(instance);

        var first = await (await viewer.GetAsync($"{Base}/{id}/journal?pageSize=2", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var all = await (await viewer.GetAsync($"{Base}/{id}/journal?pageSize=100", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var verified = await (await viewer.GetAsync($"{Base}/{id}/journal/verify", Ct)).ReadObjectAsync(HttpStatusCode.OK);

        first["items"]!.AsArray().Select(e => e!["sequence"]!.GetValue<long>()).ShouldBe([1L, 2L]);
        first["total"]!.GetValue<int>().ShouldBeGreaterThan(2);
        var entries = all["items"]!.AsArray();
        entries[0]!["event"]!.GetValue<string>().ShouldBe("WorkflowStarted");
        entries[^1]!["event"]!.GetValue<string>().ShouldBe("WorkflowFinished");
        verified["isValid"]!.GetValue<bool>().ShouldBeTrue();
        verified["entries"]!.GetValue<long>().ShouldBe(entries.Count);
    }

    // ---- events, cancel, retry, migrate -------------------------------------------------------

    [Fact]
    public async Task Event_ResumesOnlyTheInstanceWithItsCorrelationId()
    {
        await PublishAsync(WaitForEvent("wait-report", "ReportFiled"));
        var waitingA = IdOf(await StartAsync(new { definitionId = "wait-report", correlationId = "unit-a" }));
        var waitingB = IdOf(await StartAsync(new { definitionId = "wait-report", correlationId = "unit-b" }));
        var supervisor = await factory.As("supervisor");

        var raised = await (await supervisor.PostJsonAsync("/api/events/ReportFiled", new { correlationId = "unit-a", payload = new { pages = 3 } })).ReadObjectAsync(HttpStatusCode.OK);

        raised["resumed"]!.AsArray().Single()!["instanceId"]!.GetValue<string>().ShouldBe(waitingA);
        raised["resumed"]![0]!["status"]!.GetValue<string>().ShouldBe("Finished");
        var a = await (await supervisor.GetAsync($"{Base}/{waitingA}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var b = await (await supervisor.GetAsync($"{Base}/{waitingB}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        StateOf(a, "wait").ShouldBe("Done");
        StateOf(a, "done").ShouldBe("Done");
        StateOf(b, "wait").ShouldBe("Waiting");
        b["summary"]!["status"]!.GetValue<string>().ShouldBe("Suspended");
    }

    [Fact]
    public async Task Event_IsForbidden_ForAnOfficer_AndRefusesAnOverlongName()
    {
        var officer = await factory.As("officer1");
        var supervisor = await factory.As("supervisor");

        (await officer.PostJsonAsync("/api/events/ReportFiled", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await supervisor.PostJsonAsync($"/api/events/{new string('e', 300)}", new { })).ReadProblemAsync(HttpStatusCode.BadRequest)).ErrorsOf("name").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Cancel_CancelsTheInstanceAndItsTasks_AndASecondCancelIsAConflict()
    {
        await PublishAsync(OneTask("cancel-me"));
        var id = IdOf(await StartAsync(new { definitionId = "cancel-me" }));
        var supervisor = await factory.As("supervisor");

        var cancelled = await (await supervisor.PostAsync($"{Base}/{id}/cancel", null, Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var again = await (await supervisor.PostAsync($"{Base}/{id}/cancel", null, Ct)).ReadProblemAsync(HttpStatusCode.Conflict);

        cancelled["summary"]!["status"]!.GetValue<string>().ShouldBe("Cancelled");
        cancelled["tasks"]!.AsArray().Single()!["status"]!.GetValue<string>().ShouldBe("Cancelled");
        cancelled["bookmarks"]!.AsArray().ShouldBeEmpty();
        again["title"]!.GetValue<string>().ShouldContain("Cancelled");
        await (await supervisor.PostAsync($"{Base}/nobody/cancel", null, Ct)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Cancel_IsForbidden_ForAViewer()
    {
        var id = IdOf(await StartAsync(new { definitionId = "hello-world" }));

        (await (await factory.As("viewer")).PostAsync($"{Base}/{id}/cancel", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Retry_RunsAFaultedActivityAgain_AndIsAConflictForAnInstanceThatIsNotFaulted()
    {
        await PublishAsync(Sequence("always-fails", "Luôn lỗi",
            Activity("start", "Elsa.Start"),
            Activity("boom", "Elsa.WriteLine", ("text", Script("throw new Error('hỏng dữ liệu')")))));
        var supervisor = await factory.As("supervisor");
        var admin = await factory.As("admin");
        var faulted = await StartAsync(new { definitionId = "always-fails" });
        var id = IdOf(faulted);

        var retried = await (await supervisor.PostJsonAsync($"{Base}/{id}/retry", new { })).ReadObjectAsync(HttpStatusCode.OK);
        var asAdmin = await (await admin.GetAsync($"{Base}/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var finished = IdOf(await StartAsync(new { definitionId = "hello-world" }));
        var notFaulted = await (await supervisor.PostJsonAsync($"{Base}/{finished}/retry", new { })).ReadProblemAsync(HttpStatusCode.Conflict);

        faulted["summary"]!["status"]!.GetValue<string>().ShouldBe("Faulted");
        StateOf(faulted, "boom").ShouldBe("Faulted");
        faulted["incidents"]!.AsArray().Single()!["message"]!.GetValue<string>().ShouldContain("hỏng dữ liệu");
        faulted["incidents"]![0]!["stackTrace"].ShouldBeNull();
        retried["summary"]!["status"]!.GetValue<string>().ShouldBe("Faulted");
        retried["incidents"]!.AsArray().Count.ShouldBe(2);
        retried["incidents"]![0]!["resolvedAt"].ShouldNotBeNull();
        asAdmin["incidents"]![1]!["stackTrace"].ShouldNotBeNull();
        notFaulted["title"]!.GetValue<string>().ShouldContain("only a faulted instance");
    }

    [Fact]
    public async Task Migrate_MovesAWaitingInstanceToANewVersion_AndRefusesAMapWithoutCounterpart()
    {
        await PublishAsync(WaitForEvent("migrate-me", "Approved"));
        var id = IdOf(await StartAsync(new { definitionId = "migrate-me" }));
        var designer = await factory.As("designer");
        var v2 = WaitForEvent("migrate-me", "Approved");
        v2["root"]!["activities"]!.AsArray().Add(Activity("extra", "Elsa.WriteLine", ("text", Literal("thêm"))));
        await (await designer.PostAsync("/api/workflow-definitions", ApiClients.Json(v2), Ct)).ReadObjectAsync(HttpStatusCode.Created);
        var supervisor = await factory.As("supervisor");

        var refused = await (await supervisor.PostJsonAsync($"{Base}/{id}/migrate", new { targetVersion = 2, activityMap = new Dictionary<string, string> { ["wait"] = "missing" } })).ReadProblemAsync(HttpStatusCode.Conflict);
        var unchanged = await (await supervisor.GetAsync($"{Base}/{id}", Ct)).ReadObjectAsync(HttpStatusCode.OK);
        var migrated = await (await supervisor.PostJsonAsync($"{Base}/{id}/migrate", new { targetVersion = 2 })).ReadObjectAsync(HttpStatusCode.OK);
        var noVersion = await (await supervisor.PostJsonAsync($"{Base}/{id}/migrate", new { })).ReadProblemAsync(HttpStatusCode.BadRequest);

        refused.ErrorsOf("activityMap").ShouldNotBeEmpty();
        unchanged["summary"]!["version"]!.GetValue<int>().ShouldBe(1);
        migrated["summary"]!["version"]!.GetValue<int>().ShouldBe(2);
        StateOf(migrated, "wait").ShouldBe("Waiting");
        StateOf(migrated, "extra").ShouldBe("NotReached");
        noVersion.ErrorsOf("targetVersion").ShouldNotBeEmpty();
    }
}

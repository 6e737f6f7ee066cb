using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Tests.Support;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Workflows.Tests.Engine;

public class ExecutionFacts
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Resume_ContinuesInAFreshEngine_FromTheSerialisedStateAlone()
    {
        var json = new DefinitionBuilder()
            .Variable("greeting", "String", "xin chào").Variable("count", "Int32", 41).Variable("due", "DateTimeOffset", "2026-03-03T17:00:00+00:00")
            .WriteLineJs("before", "getGreeting()")
            .Activity("wait", "Elsa.RunTask", new JsonObject { ["taskName"] = Lit("approve") })
            .SetVariable("inc", "count", "getCount() + 1")
            .WriteLineJs("after", "getGreeting() + ' ' + getCount() + ' ' + getResultFromWait().answer")
            .Chain("before", "wait", "inc", "after").Json();
        var first = new TestEngine();
        var started = await first.StartAsync(first.Compile(json));
        var snapshot = Supervision.Workflows.Serialization.WorkflowStateSerializer.Serialize(started.State);

        var second = new TestEngine();
        var state = Supervision.Workflows.Serialization.WorkflowStateSerializer.Deserialize(snapshot);
        var result = await second.ResumeAsync(second.Compile(json), state, "wait", JsonNode.Parse("""{"answer":"ok"}"""));

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        first.Output.ShouldBe(["xin chào"]);
        second.Output.ShouldBe(["xin chào 42 ok"]);
        result.State.Variables["due"].ShouldBe(new DateTimeOffset(2026, 3, 3, 17, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Bookmark_IsConsumedExactlyOnce()
    {
        var workflow = _engine.Compile(new DefinitionBuilder().Event("e", "go").WriteLine("w", "done").Chain("e", "w"));
        var started = await _engine.StartAsync(workflow);
        var bookmarkId = started.State.Bookmarks.Single().Id;
        var copy = TestEngine.RoundTrip(started.State);

        var resumed = await _engine.Executor.ResumeAsync(workflow, started.State, bookmarkId, cancellationToken: TestContext.Current.CancellationToken);
        resumed.State.Status.ShouldBe(WorkflowStatus.Finished);

        await Should.ThrowAsync<InvalidWorkflowStateException>(async () => await _engine.Executor.ResumeAsync(workflow, resumed.State, bookmarkId, cancellationToken: TestContext.Current.CancellationToken));
        var other = await _engine.Executor.ResumeAsync(workflow, copy, "not-a-bookmark", cancellationToken: TestContext.Current.CancellationToken).AsTask().ShouldThrowAsync<BookmarkNotFoundException>();
        other.BookmarkId.ShouldBe("not-a-bookmark");
        _engine.Output.ShouldBe(["done"]);
    }

    [Fact]
    public async Task Event_BookmarkCarriesAStimulusHash_ThatMatchesTheEventName()
    {
        var result = await _engine.StartAsync(_engine.Compile(new DefinitionBuilder().Event("e", "report-submitted")));

        var bookmark = result.State.Bookmarks.Single();
        bookmark.Name.ShouldBe("Elsa.Event");
        bookmark.Hash.ShouldBe(BookmarkHash.Compute("Elsa.Event", new JsonObject { ["eventName"] = "report-submitted" }));
        result.CreatedBookmarks.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task EventTrigger_CompletesAtOnce_WhenItStartedTheWorkflow()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("e", "Elsa.Event", new JsonObject { ["eventName"] = Lit("go") }, new JsonObject { ["canStartWorkflow"] = true })
            .WriteLine("w", "started by event").Chain("e", "w"));

        var result = await _engine.StartAsync(workflow, trigger: "e");

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["started by event"]);
    }

    [Fact]
    public async Task Delay_CreatesATimerBookmark_DueAfterItsTimeSpan()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("d", "Elsa.Delay", new JsonObject { ["timeSpan"] = Lit("00:00:05", "TimeSpan") }).WriteLine("w", "late").Chain("d", "w"));

        var started = await _engine.StartAsync(workflow);

        var bookmark = started.State.Bookmarks.Single();
        bookmark.DueAt.ShouldBe(_engine.Clock.GetUtcNow().AddSeconds(5));
        started.Journal.ShouldContain(j => j.Event == JournalEvents.TimerScheduled);

        _engine.Clock.Advance(TimeSpan.FromSeconds(5));
        var fired = await _engine.ResumeAsync(workflow, started.State, "d");
        fired.State.Status.ShouldBe(WorkflowStatus.Finished);
        fired.Journal.ShouldContain(j => j.Event == JournalEvents.TimerFired);
    }

    [Fact]
    public async Task StartAt_InThePast_ContinuesAtOnce()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("s", "Elsa.StartAt", new JsonObject { ["dateTime"] = Lit("2020-01-01T00:00:00Z", "DateTimeOffset") }).WriteLine("w", "go").Chain("s", "w"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task Cron_WaitsForTheNextOccurrence_InVietnamTime()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("c", "Elsa.Cron", new JsonObject { ["cronExpression"] = Lit("0 0 8 * * *") }));

        var result = await _engine.StartAsync(workflow);

        // The clock is 2026-02-10 01:00 UTC = 08:00 in Hà Nội: the next 08:00 local is the following day.
        result.State.Bookmarks.Single().DueAt.ShouldBe(new DateTimeOffset(2026, 2, 11, 1, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Scripts_SeeVariablesInputsAndOutputs_ThroughElsaStyleAccessors()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Input("unitName", "String").Variable("total", "Int32", 2).Variable("data", "Object")
            .SetVariable("set", "data", "({ units: ['A', 'B'], ok: true })")
            .WriteLineJs("w1", "getUnitName() + '|' + getInput('unitName') + '|' + variables.total + '|' + getVariable('total')")
            .WriteLineJs("w2", "variables.total = variables.total * 10; setTotal(getTotal() + 1); return getTotal();")
            .WriteLineJs("w3", "getData().units.length + ' ' + getData().ok")
            .Chain("set", "w1", "w2", "w3"));

        var result = await _engine.StartAsync(workflow, new Dictionary<string, object?> { ["unitName"] = "Sở Y tế" });

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["Sở Y tế|Sở Y tế|2|2", "21", "2 true"]);
    }

    [Fact]
    public async Task RequiredInput_Missing_IsRejected_AndDefaultsApply()
    {
        var json = new DefinitionBuilder().Input("year", "Int32", 2026).WriteLineJs("w", "'year ' + getYear()").ToJson();
        ((JsonArray)json["inputs"]!).Add(new JsonObject { ["name"] = "unit", ["type"] = "String", ["isRequired"] = true });
        var workflow = _engine.Compile(json.ToJsonString());

        var error = await Should.ThrowAsync<WorkflowInputException>(async () => await _engine.StartAsync(workflow));
        error.InputName.ShouldBe("unit");

        await _engine.StartAsync(workflow, new Dictionary<string, object?> { ["unit"] = "x" });
        _engine.Output.ShouldBe(["year 2026"]);
    }

    [Fact]
    public async Task ScriptThatNeverEnds_FaultsWithAnIncident_InsteadOfHanging()
    {
        var workflow = _engine.Compile(new DefinitionBuilder().Decision("d", "while (true) {} return true;"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = result.State.Incidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("d");
        incident.Message.ShouldContain("limit");
    }

    [Fact]
    public async Task LoopWithoutBlockingActivity_FaultsAtTheStepLimit()
    {
        var engine = new TestEngine(new ExecutorOptions { MaxStepsPerBurst = 200 });
        var workflow = engine.Compile(new DefinitionBuilder()
            .Activity("start", "Elsa.Start").WriteLine("a", "tick").Chain("start", "a").Connect("a", "a"));

        var result = await engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Faulted);
        result.State.Incidents.Single().Message.ShouldContain("200");
        engine.Output.Count.ShouldBe(199);
    }

    [Fact]
    public async Task ActivityError_FaultsWithAnIncident_AndRetryResumesFromTheFaultedActivity()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Variable("ready", "Boolean", false)
            .WriteLine("first", "first")
            .Decision("check", "if (!getReady()) throw new Error('not ready yet'); return true;")
            .WriteLine("last", "last")
            .Chain("first", "check").Connect("check", "last", "True"));

        var faulted = await _engine.StartAsync(workflow);
        faulted.State.Status.ShouldBe(WorkflowStatus.Faulted);
        var incident = faulted.State.Incidents.Single();
        incident.ActivityId.ShouldBe("check");
        incident.Message.ShouldContain("not ready yet");
        faulted.Journal.ShouldContain(j => j.Event == JournalEvents.ActivityFaulted && j.ActivityId == "check");

        var state = TestEngine.RoundTrip(faulted.State);
        state.Variables["ready"] = true;
        var retried = await _engine.Executor.RetryAsync(workflow, state, cancellationToken: TestContext.Current.CancellationToken);

        retried.State.Status.ShouldBe(WorkflowStatus.Finished);
        retried.State.Incidents.Single().ResolvedAt.ShouldNotBeNull();
        _engine.Output.ShouldBe(["first", "last"]);
    }

    [Fact]
    public async Task Cancel_RemovesEveryBookmark()
    {
        var workflow = _engine.Compile(new DefinitionBuilder().Fork("f", "a", "b").Event("a", "a").Event("b", "b")
            .Connect("f", "a", "a").Connect("f", "b", "b"));
        var started = await _engine.StartAsync(workflow);

        var cancelled = _engine.Executor.Cancel(workflow, started.State, "admin");

        cancelled.State.Status.ShouldBe(WorkflowStatus.Cancelled);
        cancelled.State.Bookmarks.ShouldBeEmpty();
        cancelled.RemovedBookmarks.Count.ShouldBe(2);
        cancelled.Journal.Last().Actor.ShouldBe("admin");
    }

    [Fact]
    public async Task Finish_EndsTheWholeWorkflow_FromInsideANestedBranch()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("f", "a", "b").Event("a", "never").Activity("fin", "Elsa.Finish")
            .Connect("f", "a", "a").Connect("f", "fin", "b"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        result.State.Bookmarks.ShouldBeEmpty();
    }

    [Fact]
    public async Task SetVariable_ConvertsToTheVariablesType_AndOutputsMapToVariables()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Variable("n", "Int32").Variable("answer", "Object")
            .SetVariable("set", "n", "'7'")
            .Activity("task", "Elsa.RunTask", new JsonObject
            {
                ["taskName"] = Lit("ask"),
                ["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "answer" } },
            })
            .Chain("set", "task"));

        var started = await _engine.StartAsync(workflow);
        started.State.Variables["n"].ShouldBe(7);

        var done = await _engine.ResumeAsync(workflow, started.State, "task", JsonNode.Parse("""{"v":1}"""));
        ((JsonNode)done.State.Variables["answer"]!).ToJsonString().ShouldBe("""{"v":1}""");
    }

    [Fact]
    public async Task Journal_RecordsEveryActivityStartAndCompletion()
    {
        var result = await _engine.StartAsync(_engine.Compile(new DefinitionBuilder().WriteLine("a", "a").WriteLine("b", "b").Chain("a", "b")));

        result.Journal.Select(j => (j.Event, j.ActivityId)).ShouldBe([
            (JournalEvents.WorkflowStarted, null),
            (JournalEvents.ActivityStarted, "a"), (JournalEvents.Output, "a"), (JournalEvents.ActivityCompleted, "a"),
            (JournalEvents.ActivityStarted, "b"), (JournalEvents.Output, "b"), (JournalEvents.ActivityCompleted, "b"),
            (JournalEvents.WorkflowFinished, null),
        ]);
    }
}

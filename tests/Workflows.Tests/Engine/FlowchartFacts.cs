using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Tests.Support;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Workflows.Tests.Engine;

public class FlowchartFacts
{
    private readonly TestEngine _engine = new();

    [Fact]
    public async Task Run_WritesLinesInOrder_WhenActivitiesAreChained()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("start", "Elsa.Start").WriteLine("a", "one").WriteLine("b", "two").Activity("end", "Elsa.End")
            .Chain("start", "a", "b", "end"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["one", "two"]);
        result.Journal.First().Event.ShouldBe(JournalEvents.WorkflowStarted);
        result.Journal.Last().Event.ShouldBe(JournalEvents.WorkflowFinished);
    }

    [Theory]
    [InlineData("return 2 > 1;", "yes")]
    [InlineData("2 < 1", "no")]
    public async Task Decision_TakesThePortOfItsCondition(string condition, string expected)
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Decision("d", condition).WriteLine("yes", "yes").WriteLine("no", "no")
            .Connect("d", "yes", "True").Connect("d", "no", "False"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe([expected]);
    }

    [Theory]
    [InlineData("false", "no")]
    [InlineData("True", "yes")]
    public async Task Decision_AcceptsLiteralConditions_AsElsaWritesThem(string literal, string expected)
    {
        var condition = literal == "false" ? (JsonNode)JsonValue.Create(false) : Lit(literal, "Boolean");
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Activity("d", "Elsa.FlowDecision", new JsonObject { ["condition"] = condition })
            .WriteLine("yes", "yes").WriteLine("no", "no")
            .Connect("d", "yes", "True").Connect("d", "no", "False"));

        await _engine.StartAsync(workflow);

        _engine.Output.ShouldBe([expected]);
    }

    [Fact]
    public async Task ImplicitMerge_RunsOnce_WhenOneBranchWasNotTaken()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Decision("d", "true").WriteLine("yes", "yes").WriteLine("no", "no").WriteLine("after", "after")
            .Connect("d", "yes", "True").Connect("d", "no", "False").Chain("yes", "after").Chain("no", "after"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["yes", "after"]);
    }

    [Fact]
    public async Task ImplicitMerge_WaitsForEveryLiveBranch_BeforeRunning()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "a", "b").WriteLine("a", "a").Event("b", "go").WriteLine("after", "after")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Chain("a", "after").Chain("b", "after"));

        var first = await _engine.StartAsync(workflow);
        first.State.Status.ShouldBe(WorkflowStatus.Suspended);
        _engine.Output.ShouldBe(["a"]);

        var second = await _engine.ResumeAsync(workflow, first.State, "b");
        second.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["a", "after"]);
    }

    [Fact]
    public async Task Switch_TakesTheFirstMatchingCase_OrDefault()
    {
        var cases = new JsonArray
        {
            new JsonObject { ["label"] = "low", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getScore() < 50" } },
            new JsonObject { ["label"] = "mid", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getScore() < 90" } },
            new JsonObject { ["label"] = "any", ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getScore() < 100" } },
        };
        JsonObject SwitchInputs(string mode) => new() { ["cases"] = new JsonObject { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = cases.ToJsonString() } }, ["mode"] = Lit(mode) };

        foreach (var (score, mode, expected) in new[] { (10, "MatchFirst", new[] { "low" }), (70, "MatchFirst", ["mid"]), (70, "MatchAny", ["mid", "any"]), (120, "MatchFirst", ["default"]) })
        {
            var engine = new TestEngine();
            var workflow = engine.Compile(new DefinitionBuilder()
                .Variable("score", "Int32", score)
                .Activity("s", "Elsa.FlowSwitch", SwitchInputs(mode))
                .WriteLine("low", "low").WriteLine("mid", "mid").WriteLine("any", "any").WriteLine("default", "default")
                .Connect("s", "low", "low").Connect("s", "mid", "mid").Connect("s", "any", "any").Connect("s", "default", "Default"));

            await engine.StartAsync(workflow);

            engine.Output.ToArray().ShouldBe(expected, $"score {score}, {mode}");
        }
    }

    [Fact]
    public async Task Fork_RunsBranchesFirstInFirstOut_InConnectionOrder()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "x", "y").WriteLine("x1", "x1").WriteLine("x2", "x2").WriteLine("y1", "y1").WriteLine("y2", "y2")
            .Connect("fork", "x1", "x").Connect("fork", "y1", "y").Chain("x1", "x2").Chain("y1", "y2"));

        await _engine.StartAsync(workflow);

        _engine.Output.ShouldBe(["x1", "y1", "x2", "y2"]);
    }

    [Fact]
    public async Task JoinWaitAll_Continues_OnlyAfterEveryBranchArrived()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "a", "b").Event("a", "a").Event("b", "b").Join("join", "WaitAll").WriteLine("after", "joined")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Chain("a", "join").Chain("b", "join").Chain("join", "after"));

        var started = await _engine.StartAsync(workflow);
        started.State.Bookmarks.Count.ShouldBe(2);

        var afterA = await _engine.ResumeAsync(workflow, started.State, "a");
        afterA.State.Status.ShouldBe(WorkflowStatus.Suspended);
        _engine.Output.ShouldBeEmpty();

        var afterB = await _engine.ResumeAsync(workflow, afterA.State, "b");
        afterB.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["joined"]);
    }

    [Fact]
    public async Task JoinWaitAny_ContinuesOnFirstArrival_AndCancelsTheOtherBranch()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "a", "b").Event("a", "a").Event("b", "b").Join("join", "WaitAny").WriteLine("after", "joined")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Chain("a", "join").Chain("b", "join").Chain("join", "after"));

        var started = await _engine.StartAsync(workflow);
        var result = await _engine.ResumeAsync(workflow, started.State, "b");

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["joined"]);
        result.RemovedBookmarks.Select(b => b.ActivityId).ShouldBe(["b", "a"], ignoreOrder: true);
        result.Journal.ShouldContain(j => j.Event == JournalEvents.BookmarkCancelled && j.ActivityId == "a");
    }

    [Fact]
    public async Task JoinWithoutMode_DefaultsToWaitAny_LikeElsa()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "a", "b").WriteLine("a", "a").WriteLine("b", "b").Activity("join", "Elsa.FlowJoin").WriteLine("after", "joined")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Chain("a", "join").Chain("b", "join").Chain("join", "after"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        // The first arrival wins; the other branch, still queued, is cancelled.
        _engine.Output.ShouldBe(["a", "joined"]);
        result.State.Completions["join"].ShouldBe(1);
    }

    [Fact]
    public async Task Loop_RunsUntilTheConditionFails_WhenItGoesBackToANodeFedFromStart()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Variable("counter", "Int32", 0)
            .Activity("start", "Elsa.Start")
            .WriteLineJs("print", "'n=' + getCounter()")
            .SetVariable("inc", "counter", "getCounter() + 1")
            .Decision("more", "getCounter() < 3")
            .WriteLine("done", "done")
            .Chain("start", "print", "inc", "more").Connect("more", "print", "True").Connect("more", "done", "False"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["n=0", "n=1", "n=2", "done"]);
        result.State.Variables["counter"].ShouldBe(3);
    }

    [Fact]
    public async Task LoopBack_KeepsTheOtherBranchesBookmarksAlive()
    {
        // One branch waits for an event; the other is a review that is returned once and loops back.
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "wait", "review")
            .Event("wait", "data-arrived")
            .Activity("task", "Elsa.RunTask", new JsonObject { ["taskName"] = Lit("review") })
            .Decision("approved", "getResultFromTask() == 'Approve'")
            .Join("join", "WaitAll").WriteLine("after", "both done")
            .Connect("fork", "wait", "wait").Connect("fork", "task", "review")
            .Chain("task", "approved").Connect("approved", "task", "False").Connect("approved", "join", "True")
            .Chain("wait", "join").Chain("join", "after"));

        var started = await _engine.StartAsync(workflow);
        started.State.Bookmarks.Select(b => b.ActivityId).ShouldBe(["wait", "task"], ignoreOrder: true);

        var returned = await _engine.ResumeAsync(workflow, started.State, "task", JsonValue.Create("Return"));
        returned.State.Status.ShouldBe(WorkflowStatus.Suspended);
        returned.State.Bookmarks.Select(b => b.ActivityId).ShouldBe(["wait", "task"], ignoreOrder: true);

        var approved = await _engine.ResumeAsync(workflow, returned.State, "task", JsonValue.Create("Approve"));
        approved.State.Bookmarks.Select(b => b.ActivityId).ShouldBe(["wait"]);
        _engine.Output.ShouldBeEmpty();

        var done = await _engine.ResumeAsync(workflow, approved.State, "wait");
        done.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["both done"]);
    }

    [Fact]
    public async Task Join_AfterALoop_RunsOnceBothTheLoopExitAndTheOtherBranchArrive()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Variable("i", "Int32", 0)
            .Fork("fork", "loop", "other")
            .SetVariable("inc", "i", "getI() + 1")
            .Decision("again", "getI() < 5")
            .Event("other", "other")
            .WriteLine("after", "after")
            .Connect("fork", "inc", "loop").Connect("fork", "other", "other")
            .Chain("inc", "again").Connect("again", "inc", "True").Connect("again", "after", "False").Chain("other", "after"));

        var started = await _engine.StartAsync(workflow);
        started.State.Status.ShouldBe(WorkflowStatus.Suspended);
        started.State.Variables["i"].ShouldBe(5);
        _engine.Output.ShouldBeEmpty();

        var done = await _engine.ResumeAsync(workflow, started.State, "other");
        done.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["after"]);
    }

    [Fact]
    public async Task End_FinishesTheFlowchartAtOnce_CancellingOtherBranches()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "a", "b").Event("a", "never").WriteLine("b", "b").Activity("end", "Elsa.End").WriteLine("unreached", "unreached")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Chain("b", "end").Chain("a", "unreached"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        result.State.Bookmarks.ShouldBeEmpty();
        _engine.Output.ShouldBe(["b"]);
    }

    [Fact]
    public async Task EmptyFlowchart_FinishesAtOnce()
    {
        var result = await _engine.StartAsync(_engine.Compile(new DefinitionBuilder()));

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public async Task SingleActivityRoot_RunsAlone()
    {
        var json = """
            {"id":"x","definitionId":"x","version":1,"root":{"id":"w","type":"Elsa.WriteLine","text":"alone"}}
            """;

        var result = await _engine.StartAsync(_engine.Compile(json));

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["alone"]);
    }

    [Theory]
    [InlineData("explicit", "b")]
    [InlineData("start", "s")]
    [InlineData("trigger", "t")]
    [InlineData("noInbound", "c")]
    public async Task StartActivity_IsChosenLikeElsa(string kind, string expected)
    {
        var builder = new DefinitionBuilder();
        builder.WriteLine("a", "a").WriteLine("b", "b").WriteLine("c", "c").Chain("a", "b");
        switch (kind)
        {
            case "explicit":
                builder.RootProperty("start", "b");
                builder.Activity("s", "Elsa.Start").Chain("s", "c");
                break;
            case "start":
                builder.Activity("s", "Elsa.Start").WriteLine("x", "s");
                builder.Chain("s", "x");
                break;
            case "trigger":
                builder.Chain("c", "a");
                builder.Activity("t", "Elsa.WriteLine", new JsonObject { ["text"] = "t" }, new JsonObject { ["canStartWorkflow"] = true });
                builder.Chain("t", "c");
                break;
            case "noInbound":
                builder.Chain("c", "a");
                break;
        }

        var result = await _engine.StartAsync(_engine.Compile(builder));

        _engine.Output.First().ShouldBe(expected);
        result.State.Status.ShouldNotBe(WorkflowStatus.Faulted);
    }

    [Fact]
    public async Task ConvergeMerge_BlocksOnABranchThatCannotArrive_AndTheWorkflowStillFinishes()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Decision("d", "true").WriteLine("yes", "yes").WriteLine("no", "no")
            .Activity("merge", "Elsa.WriteLine", new JsonObject { ["text"] = "merged" }, new JsonObject { ["mergeMode"] = "Converge" })
            .Connect("d", "yes", "True").Connect("d", "no", "False").Chain("yes", "merge").Chain("no", "merge"));

        var result = await _engine.StartAsync(workflow);

        result.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["yes"]);
    }

    [Fact]
    public async Task StreamMerge_RunsOnEveryArrival()
    {
        var workflow = _engine.Compile(new DefinitionBuilder()
            .Fork("fork", "a", "b").WriteLine("a", "a").WriteLine("b", "b")
            .Activity("merge", "Elsa.WriteLine", new JsonObject { ["text"] = "merged" }, new JsonObject { ["mergeMode"] = "Stream" })
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Chain("a", "merge").Chain("b", "merge"));

        await _engine.StartAsync(workflow);

        _engine.Output.ShouldBe(["a", "b", "merged", "merged"]);
    }

    [Fact]
    public async Task NestedFlowchart_CompletesBeforeTheParentContinues()
    {
        var json = new DefinitionBuilder().WriteLine("before", "before").WriteLine("after", "after").ToJson();
        var activities = (JsonArray)json["root"]!["activities"]!;
        activities.Add(new JsonObject
        {
            ["id"] = "inner", ["type"] = "Elsa.Flowchart", ["version"] = 1,
            ["activities"] = new JsonArray
            {
                new JsonObject { ["id"] = "i1", ["type"] = "Elsa.WriteLine", ["text"] = "inside" },
                new JsonObject { ["id"] = "i2", ["type"] = "Elsa.Event", ["eventName"] = "go" },
            },
            ["connections"] = new JsonArray { new JsonObject { ["source"] = "i1", ["target"] = "i2", ["sourcePort"] = "Done", ["targetPort"] = "In" } },
        });
        var connections = (JsonArray)json["root"]!["connections"]!;
        connections.Add(new JsonObject { ["source"] = "before", ["target"] = "inner" });
        connections.Add(new JsonObject { ["source"] = "inner", ["target"] = "after" });
        var workflow = _engine.Compile(json.ToJsonString());

        var started = await _engine.StartAsync(workflow);
        _engine.Output.ShouldBe(["before", "inside"]);
        started.State.Status.ShouldBe(WorkflowStatus.Suspended);

        var done = await _engine.ResumeAsync(workflow, TestEngine.RoundTrip(started.State), "i2");
        done.State.Status.ShouldBe(WorkflowStatus.Finished);
        _engine.Output.ShouldBe(["before", "inside", "after"]);
    }
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;

// Runs a 20-activity flowchart (fork/join, a decision) many times in memory and reports activity
// executions per second and bytes allocated per run: once with the decision on a variable, once with
// the decision in JavaScript.
var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var registry = ActivityRegistry.CreateDefault();
var compiler = new WorkflowCompiler(registry);
var executor = new WorkflowExecutor(TimeProvider.System);

Console.WriteLine($"runs: {runs:N0}, processors: {Environment.ProcessorCount}, runtime: {Environment.Version}");
foreach (var (label, useScript) in new[] { ("variable decision", false), ("JavaScript decision", true) })
{
    var workflow = compiler.Compile(WorkflowDefinitionReader.Read(Build(useScript)).Definition);
    var activitiesPerRun = 0;

    // Warm up (JIT, tiering, script host pool).
    for (var i = 0; i < Math.Min(runs / 2, 30_000); i++)
        activitiesPerRun = Count(await executor.StartAsync(workflow));

    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    var gen0Before = GC.CollectionCount(0);
    var watch = Stopwatch.StartNew();
    for (var i = 0; i < runs; i++)
    {
        var result = await executor.StartAsync(workflow);
        if (result.State.Status != WorkflowStatus.Finished)
            throw new InvalidOperationException($"Run {i} ended {result.State.Status}.");
    }
    watch.Stop();
    var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

    var activities = (double)activitiesPerRun * runs;
    Console.WriteLine($"{label}: {activitiesPerRun} activities per run, {runs / watch.Elapsed.TotalSeconds:N0} runs/s, " +
        $"{activities / watch.Elapsed.TotalSeconds:N0} activity executions/s, {allocated / (double)runs / 1024:N1} KB allocated per run, " +
        $"{GC.CollectionCount(0) - gen0Before} gen0 collections, {watch.Elapsed.TotalSeconds:N2} s");
}

static int Count(ExecutionResult result) => result.Journal.Count(j => j.Event == JournalEvents.ActivityCompleted);

static string Build(bool useScript)
{
    var activities = new JsonArray();
    var connections = new JsonArray();
    void Add(string id, string type, JsonObject? inputs = null)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (key, value) in inputs ?? [])
            activity[key] = value?.DeepClone();
        activities.Add(activity);
    }
    void Connect(string from, string to, string port = "Done") =>
        connections.Add(new JsonObject { ["source"] = new JsonObject { ["activity"] = from, ["port"] = port }, ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" } });
    JsonObject Literal(string value, string type = "String") => new() { ["typeName"] = type, ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };

    Add("start", "Elsa.Start");
    Add("set", "Elsa.SetVariable", new JsonObject { ["variable"] = new JsonObject { ["id"] = "approved", ["name"] = "approved" }, ["value"] = Literal("true", "Boolean") });
    Add("fork", "Elsa.FlowFork", new JsonObject { ["branches"] = new JsonObject { ["typeName"] = "String[]", ["expression"] = new JsonObject { ["type"] = "Object", ["value"] = "[\"a\",\"b\"]" } } });
    Connect("start", "set");
    Connect("set", "fork");
    foreach (var branch in new[] { "a", "b" })
    {
        for (var i = 1; i <= 4; i++)
        {
            Add($"{branch}{i}", "Elsa.WriteLine", new JsonObject { ["text"] = Literal($"{branch}{i}") });
            Connect(i == 1 ? "fork" : $"{branch}{i - 1}", $"{branch}{i}", i == 1 ? branch : "Done");
        }
        Connect($"{branch}4", "join");
    }
    Add("join", "Elsa.FlowJoin", new JsonObject { ["mode"] = Literal("WaitAll") });
    var condition = useScript
        ? new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "JavaScript", ["value"] = "getApproved() === true" } }
        : new JsonObject { ["typeName"] = "Boolean", ["expression"] = new JsonObject { ["type"] = "Variable", ["value"] = "approved" } };
    Add("decide", "Elsa.FlowDecision", new JsonObject { ["condition"] = condition });
    Connect("join", "decide");
    foreach (var (branch, port) in new[] { ("yes", "True"), ("no", "False") })
    {
        for (var i = 1; i <= 3; i++)
        {
            Add($"{branch}{i}", "Elsa.WriteLine", new JsonObject { ["text"] = Literal($"{branch}{i}") });
            Connect(i == 1 ? "decide" : $"{branch}{i - 1}", $"{branch}{i}", i == 1 ? port : "Done");
        }
        Connect($"{branch}3", "end");
    }
    Add("end", "Elsa.End");

    return new JsonObject
    {
        ["definitionId"] = "bench",
        ["variables"] = new JsonArray { new JsonObject { ["id"] = "approved", ["name"] = "approved", ["typeName"] = "Boolean", ["value"] = "false" } },
        ["root"] = new JsonObject { ["id"] = "flow", ["type"] = "Elsa.Flowchart", ["activities"] = activities, ["connections"] = connections },
    }.ToJsonString();
}

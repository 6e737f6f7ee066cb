using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Serialization;

namespace Supervision.Workflows.Tests.Support;

/// <summary>An in-memory engine on a fake clock, collecting WriteLine output.</summary>
internal sealed class TestEngine
{
    public TestEngine(ExecutorOptions? options = null, DateTimeOffset? start = null)
    {
        Clock = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 2, 10, 1, 0, 0, TimeSpan.Zero));
        Registry = ActivityRegistry.CreateDefault();
        Compiler = new WorkflowCompiler(Registry);
        Executor = new WorkflowExecutor(Clock, (options ?? new ExecutorOptions()) with { OutputSink = Output.Add });
    }

    public FakeTimeProvider Clock { get; }
    public ActivityRegistry Registry { get; }
    public WorkflowCompiler Compiler { get; }
    public WorkflowExecutor Executor { get; }
    public List<string> Output { get; } = [];

    public CompiledWorkflow Compile(string json) => Compiler.Compile(WorkflowDefinitionReader.Read(json).Definition);

    public CompiledWorkflow Compile(DefinitionBuilder builder) => Compile(builder.Json());

    public async Task<ExecutionResult> StartAsync(CompiledWorkflow workflow, Dictionary<string, object?>? input = null, string? trigger = null) =>
        await Executor.StartAsync(workflow, new StartRequest { Input = input, TriggerActivityId = trigger }, TestContext.Current.CancellationToken);

    public async Task<ExecutionResult> ResumeAsync(CompiledWorkflow workflow, WorkflowState state, string activityId, JsonNode? input = null)
    {
        var bookmark = state.Bookmarks.Single(b => b.ActivityId == activityId);
        return await Executor.ResumeAsync(workflow, state, bookmark.Id, input, "tester", TestContext.Current.CancellationToken);
    }

    /// <summary>Serialises and deserialises the state, as a restart would.</summary>
    public static WorkflowState RoundTrip(WorkflowState state) => WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(state));
}

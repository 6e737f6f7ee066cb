using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Tests.Support;

/// <summary>Runs a shipped template on a fake clock: people complete tasks, timers fire when the clock passes them.</summary>
internal sealed class TemplateDriver
{
    private readonly TestEngine _engine;

    public TemplateDriver(string file, DateTimeOffset start)
    {
        _engine = new TestEngine(start: start);
        var path = Path.Combine(RepositoryRoot(), "workflows", file);
        Workflow = _engine.Compiler.Compile(WorkflowDefinitionReader.ReadFile(path).Definition);
    }

    public FakeTimeProvider Clock => _engine.Clock;
    public CompiledWorkflow Workflow { get; }
    public WorkflowState State { get; private set; } = null!;
    public List<JournalEntry> Journal { get; } = [];

    public IEnumerable<HumanTaskSpec> Tasks => State.Bookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName).Select(b => HumanTaskSpec.FromJson(b.Payload));

    public async Task StartAsync(Dictionary<string, object?>? input = null)
    {
        var result = await _engine.Executor.StartAsync(Workflow, new StartRequest { Input = input }, TestContext.Current.CancellationToken);
        Absorb(result);
    }

    /// <summary>Moves the clock to a Hà Nội date and time, firing every timer due by then, in order.</summary>
    public async Task AdvanceToAsync(DateOnly date, int hour = 9)
    {
        var target = new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(7));
        while (true)
        {
            var timer = State.Bookmarks.Where(b => b.DueAt is { } due && due <= target).OrderBy(b => b.DueAt).FirstOrDefault();
            if (timer is null)
                break;
            if (timer.DueAt > Clock.GetUtcNow())
                Clock.SetUtcNow(timer.DueAt!.Value);
            Absorb(await _engine.Executor.ResumeAsync(Workflow, State, timer.Id, null, "timer", TestContext.Current.CancellationToken));
        }
        if (target > Clock.GetUtcNow())
            Clock.SetUtcNow(target);
    }

    public HumanTaskSpec Task(Func<HumanTaskSpec, bool> which) => Tasks.Single(which);

    public async Task CompleteAsync(Func<HumanTaskSpec, bool> which, string action, string? comment = null, JsonObject? form = null, string actor = "tester")
    {
        var bookmark = State.Bookmarks.Single(b => b.Name == HumanTaskSpec.BookmarkName && which(HumanTaskSpec.FromJson(b.Payload)));
        var completion = new HumanTaskCompletion { Action = action, Comment = comment, Form = form, Actor = actor }.ToJson();
        Absorb(await _engine.Executor.ResumeAsync(Workflow, State, bookmark.Id, completion, actor, TestContext.Current.CancellationToken));
    }

    public async Task RaiseEventAsync(string eventName, JsonNode? payload = null)
    {
        var hash = BookmarkHash.Compute("Elsa.Event", new JsonObject { ["eventName"] = eventName });
        var bookmark = State.Bookmarks.Single(b => b.Hash == hash);
        Absorb(await _engine.Executor.ResumeAsync(Workflow, State, bookmark.Id, payload, "event", TestContext.Current.CancellationToken));
    }

    public JsonObject Output(string activityName, string output)
    {
        var node = Workflow.Nodes.Single(n => n.Source.Name == activityName);
        return (JsonObject)State.ActivityOutputs[node.Id][output]!;
    }

    public int Completions(string activityName)
    {
        var node = Workflow.Nodes.Single(n => n.Source.Name == activityName);
        return State.Completions.GetValueOrDefault(node.Id);
    }

    private void Absorb(ExecutionResult result)
    {
        State = TestEngine.RoundTrip(result.State);
        Journal.AddRange(result.Journal);
        if (State.Status == WorkflowStatus.Faulted)
            throw new InvalidOperationException($"The workflow faulted: {State.Incidents.Last().Message}");
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Supervision.slnx")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}

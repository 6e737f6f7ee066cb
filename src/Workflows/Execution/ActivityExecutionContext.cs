using System.Text.Json.Nodes;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Expressions;

namespace Supervision.Workflows.Execution;

/// <summary>
/// What an activity sees while it runs: its inputs, the instance's variables, the clock, and the ways to
/// finish (complete through ports) or wait (create a bookmark). One context is reused for every
/// activity of a burst.
/// </summary>
public sealed class ActivityExecutionContext
{
    private static readonly string[] DoneOutcome = [PortNames.Done];

    internal ActivityExecutionContext(WorkflowExecution execution) => Execution = execution;

    public WorkflowExecution Execution { get; }
    public CompiledNode Node { get; private set; } = null!;
    public WorkflowState State => Execution.State;
    public DateTimeOffset Now => Execution.Clock.GetUtcNow();
    public IServiceProvider? Services => Execution.Services;

    /// <summary>The actor who caused this step (a user name for human actions), if any.</summary>
    public string? Actor => Execution.Actor;

    internal bool Completed { get; private set; }
    internal IReadOnlyList<string> Outcomes { get; private set; } = DoneOutcome;
    internal bool CreatedBookmark { get; private set; }
    internal bool EndFlowchartRequested { get; private set; }
    internal bool FinishWorkflowRequested { get; private set; }

    /// <summary>True when the instance was started by this trigger activity, so it must not wait again.</summary>
    public bool IsTriggerOfWorkflow => State.TriggerActivityId == Node.Id;

    internal void Reset(CompiledNode node)
    {
        Node = node;
        Completed = false;
        Outcomes = DoneOutcome;
        CreatedBookmark = false;
        EndFlowchartRequested = false;
        FinishWorkflowRequested = false;
    }

    /// <summary>Reads an input, evaluating its expression.</summary>
    public T? Get<T>(Input<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var value = Execution.EvaluateInput(Node, input.Name);
        return value is T typed ? typed : ValueConverter.To<T>(value);
    }

    /// <summary>The input as written in the definition (for inputs the activity interprets itself).</summary>
    public JsonNode? GetWritten(IInputHandle input) =>
        Node.Inputs.TryGetValue(input.Name, out var compiled) ? compiled.Written : null;

    /// <summary>Evaluates a JavaScript snippet written inside another input (switch cases).</summary>
    public object? EvaluateScript(string code) => Execution.EvaluateAdHocScript(code);

    /// <summary>Records an output and, when the definition maps it, writes it to the variable.</summary>
    public void Set<T>(Output<T> output, T? value)
    {
        ArgumentNullException.ThrowIfNull(output);
        Execution.SetActivityOutput(Node, output.Name, value);
    }

    public object? GetVariable(string idOrName) => Execution.GetVariableByName(idOrName);

    public void SetVariable(string idOrName, object? value) => Execution.SetVariableByName(idOrName, value);

    /// <summary>Completes on <c>Done</c>.</summary>
    public void Complete()
    {
        Completed = true;
        Outcomes = DoneOutcome;
    }

    /// <summary>Completes on one port.</summary>
    public void Complete(string outcome)
    {
        Completed = true;
        Outcomes = outcome == PortNames.Done ? DoneOutcome : [outcome];
    }

    /// <summary>Completes on several ports at once (a fork's branches, a switch in match-any mode).</summary>
    public void Complete(IReadOnlyList<string> outcomes)
    {
        Completed = true;
        Outcomes = outcomes;
    }

    /// <summary>Ends the flowchart holding this activity, cancelling its other branches.</summary>
    public void EndFlowchart()
    {
        Completed = true;
        EndFlowchartRequested = true;
    }

    /// <summary>Finishes the whole workflow, cancelling everything still pending.</summary>
    public void FinishWorkflow()
    {
        Completed = true;
        FinishWorkflowRequested = true;
    }

    /// <summary>Waits: creates a bookmark the workflow is resumed through.</summary>
    public Bookmark CreateBookmark(string name, JsonNode? stimulus = null, DateTimeOffset? dueAt = null, JsonObject? payload = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CreatedBookmark = true;
        return Execution.CreateBookmark(Node, name, stimulus, dueAt, payload);
    }

    /// <summary>The open bookmarks of this activity (a multi-instance activity waits on several).</summary>
    public IReadOnlyList<Bookmark> OpenBookmarks => State.Bookmarks.FindAll(b => b.ActivityId == Node.Id);

    /// <summary>Withdraws one of this activity's bookmarks (a unit removed from a running assignment).</summary>
    public void RemoveBookmark(Bookmark bookmark)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        if (bookmark.ActivityId != Node.Id)
            throw new InvalidOperationException($"Bookmark '{bookmark.Id}' belongs to another activity.");
        Execution.RemoveBookmark(Node, bookmark);
    }

    /// <summary>A host service, or null when the host has none (the command line).</summary>
    public T? GetService<T>() where T : class => Services?.GetService(typeof(T)) as T;

    /// <summary>Writes a line of output (the <c>run</c> command prints it) and journals it.</summary>
    public void WriteLine(string text) => Execution.WriteLine(Node, text);

    /// <summary>Adds a journal entry for this activity.</summary>
    public void Journal(string @event, string? message = null, JsonObject? data = null) =>
        Execution.AddJournal(@event, Node, message, data);
}

using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Acornima.Ast;
using Jint;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Expressions;

namespace Supervision.Workflows.Execution;

/// <summary>Settings of the executor.</summary>
public sealed record ExecutorOptions
{
    /// <summary>Activities one burst may run before the instance faults (a loop without a blocking activity).</summary>
    public int MaxStepsPerBurst { get; init; } = 10_000;

    public JavaScriptLimits JavaScript { get; init; } = JavaScriptLimits.Default;

    /// <summary>Receives each <c>WriteLine</c> text as it is written.</summary>
    public Action<string>? OutputSink { get; init; }
}

/// <summary>
/// One burst of execution of one instance: runs scheduled activities until nothing is left to run,
/// the instance waits, finishes or faults. Not thread-safe; one burst per instance at a time.
/// </summary>
public sealed class WorkflowExecution
{
    private static readonly ConcurrentDictionary<string, Prepared<Script>> AdHocScripts = new(StringComparer.Ordinal);

    private readonly ActivityExecutionContext _context;
    private readonly List<Bookmark> _created = [];
    private readonly List<Bookmark> _removed = [];
    private JavaScriptHost? _host;
    private int _steps;

    internal WorkflowExecution(CompiledWorkflow workflow, WorkflowState state, TimeProvider clock, ExecutorOptions options, IServiceProvider? services, string? actor)
    {
        Workflow = workflow;
        State = state;
        Clock = clock;
        Options = options;
        Services = services;
        Actor = actor;
        _context = new ActivityExecutionContext(this);
    }

    public CompiledWorkflow Workflow { get; }
    public WorkflowState State { get; }
    public TimeProvider Clock { get; }
    public ExecutorOptions Options { get; }
    public IServiceProvider? Services { get; }
    public string? Actor { get; }
    public List<JournalEntry> Journal { get; } = [];

    internal ExecutionResult ToResult()
    {
        var createdIds = _created.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        var open = State.Bookmarks.Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        return new ExecutionResult(
            State,
            Journal,
            _created.Where(b => open.Contains(b.Id)).ToList(),
            _removed.Where(b => !createdIds.Contains(b.Id)).ToList());
    }

    // ---- bursts -------------------------------------------------------------------------------

    internal async ValueTask StartAsync(CancellationToken cancellationToken)
    {
        AddJournal(JournalEvents.WorkflowStarted, null, null, null);
        StartFlowchart(Workflow.Root);
        await RunAsync(cancellationToken);
    }

    internal async ValueTask ResumeAsync(Bookmark bookmark, JsonNode? input, CancellationToken cancellationToken)
    {
        var node = Workflow.GetNode(bookmark.ActivityId);
        State.Bookmarks.Remove(bookmark);
        State.Status = WorkflowStatus.Running;
        AddJournal(JournalEvents.BookmarkResumed, node, bookmark.Name, new JsonObject { ["bookmarkId"] = bookmark.Id });
        _context.Reset(node);
        try
        {
            await node.Activity!.ResumeAsync(_context, bookmark, input);
        }
        catch (ResumeRejectedException)
        {
            // A person's input was refused: put everything back as it was and tell the caller.
            State.Bookmarks.Add(bookmark);
            State.Status = WorkflowStatus.Suspended;
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Keep the bookmark so that nothing is lost; retry resumes it again with the same input.
            State.Bookmarks.Add(bookmark);
            Fault(node, ex, IncidentRetryModes.Resume, bookmark.Id, input?.DeepClone());
            Settle();
            return;
        }
        _removed.Add(bookmark);
        AfterActivity(node);
        await RunAsync(cancellationToken);
    }

    internal async ValueTask RetryAsync(Incident incident, CancellationToken cancellationToken)
    {
        incident.ResolvedAt = Clock.GetUtcNow();
        State.Status = WorkflowStatus.Running;
        AddJournal(JournalEvents.IncidentRetried, Workflow.NodesById.GetValueOrDefault(incident.ActivityId), incident.Message, null);
        switch (incident.RetryMode)
        {
            case IncidentRetryModes.Resume:
                var bookmark = State.FindBookmark(incident.RetryBookmarkId ?? "")
                    ?? throw new InvalidOperationException($"Bookmark '{incident.RetryBookmarkId}' of incident '{incident.Id}' is gone.");
                await ResumeAsync(bookmark, incident.RetryInput, cancellationToken);
                return;
            case IncidentRetryModes.Execute:
                var queue = new Queue<WorkItem>();
                queue.Enqueue(new WorkItem(incident.ActivityId));
                foreach (var item in State.Queue)
                    queue.Enqueue(item);
                State.Queue = queue;
                break;
        }
        await RunAsync(cancellationToken);
    }

    internal void Cancel()
    {
        foreach (var bookmark in State.Bookmarks)
            _removed.Add(bookmark);
        State.Bookmarks.Clear();
        State.Queue.Clear();
        State.ActiveScopes.Clear();
        State.Joins.Clear();
        State.Status = WorkflowStatus.Cancelled;
        State.FinishedAt = Clock.GetUtcNow();
        State.UpdatedAt = State.FinishedAt.Value;
        AddJournal(JournalEvents.WorkflowCancelled, null, null, null);
    }

    private async ValueTask RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (State.Status == WorkflowStatus.Running && State.Queue.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_steps >= Options.MaxStepsPerBurst)
                {
                    var next = Workflow.NodesById.GetValueOrDefault(State.Queue.Peek().ActivityId) ?? Workflow.Root;
                    Fault(next, new InvalidOperationException(
                        $"More than {Options.MaxStepsPerBurst} activities ran without waiting; is there a loop without a blocking activity?"),
                        IncidentRetryModes.Continue, null, null);
                    break;
                }
                var item = State.Queue.Dequeue();
                _steps++;
                if (!Workflow.NodesById.TryGetValue(item.ActivityId, out var node))
                    continue;
                await ExecuteAsync(node);
            }
        }
        finally
        {
            if (_host is not null)
            {
                Workflow.Scripts.Return(_host);
                _host = null;
            }
        }
        Settle();
    }

    private async ValueTask ExecuteAsync(CompiledNode node)
    {
        if (node.IsFlowchart)
        {
            StartFlowchart(node);
            return;
        }

        AddJournal(JournalEvents.ActivityStarted, node, null, null);
        _context.Reset(node);
        try
        {
            await node.Activity!.ExecuteAsync(_context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Fault(node, ex, IncidentRetryModes.Execute, null, null);
            return;
        }
        if (State.TriggerActivityId == node.Id)
            State.TriggerActivityId = null;
        AfterActivity(node);
    }

    private void AfterActivity(CompiledNode node)
    {
        if (_context.FinishWorkflowRequested)
        {
            AddJournal(JournalEvents.ActivityCompleted, node, null, null);
            Count(node);
            FinishWorkflow();
            return;
        }
        if (_context.EndFlowchartRequested)
        {
            AddJournal(JournalEvents.ActivityCompleted, node, null, null);
            Count(node);
            CompleteFlowchart(node.Owner!, cancelPending: true);
            return;
        }
        if (_context.Completed)
        {
            var outcomes = _context.Outcomes;
            AddJournal(JournalEvents.ActivityCompleted, node, outcomes.Count == 1 ? outcomes[0] : string.Join(",", outcomes), null);
            Count(node);
            Propagate(node, outcomes);
        }
        CheckScope(node.Owner);
    }

    private void Count(CompiledNode node) =>
        State.Completions[node.Id] = State.Completions.TryGetValue(node.Id, out var count) ? count + 1 : 1;

    private void Settle()
    {
        var now = Clock.GetUtcNow();
        State.UpdatedAt = now;
        if (State.Status != WorkflowStatus.Running)
            return;
        if (State.Queue.Count > 0)
            return;
        if (State.Bookmarks.Count > 0)
        {
            State.Status = WorkflowStatus.Suspended;
            AddJournal(JournalEvents.WorkflowSuspended, null, null, null);
            return;
        }
        // Nothing runs and nothing waits: whatever flowcharts remain have nothing left to do.
        FinishWorkflow();
    }

    // ---- flowchart semantics ------------------------------------------------------------------

    private void StartFlowchart(CompiledNode chartNode)
    {
        var chart = chartNode.Chart!;
        if (chartNode.Owner is not null)
            AddJournal(JournalEvents.ActivityStarted, chartNode, null, null);
        State.ActiveScopes.Add(chartNode.Id);
        foreach (var child in chart.Children)
            State.Joins.Remove(child.Id);

        var start = chart.Start;
        if (State.TriggerActivityId is { } triggerId && Workflow.NodesById.TryGetValue(triggerId, out var trigger) && trigger.Owner == chartNode)
            start = trigger;
        if (start is null)
        {
            CompleteFlowchart(chartNode, cancelPending: false);
            return;
        }
        Schedule(start);
    }

    private void Schedule(CompiledNode node) => State.Queue.Enqueue(new WorkItem(node.Id));

    private void Propagate(CompiledNode node, IReadOnlyList<string> outcomes)
    {
        var outbound = node.Outbound;

        // A node inside a loop that goes round again will decide its exits on a later pass: ruling them
        // out now would let a join after the loop fire early.
        var loopContinues = false;
        if (node.LoopId >= 0)
        {
            for (var i = 0; i < outbound.Count; i++)
            {
                if (outbound[i].To.LoopId == node.LoopId && Contains(outcomes, outbound[i].SourcePort))
                {
                    loopContinues = true;
                    break;
                }
            }
        }

        // One token per target: several connections from this node to the same target (a decision's True
        // and False both leading there) arrive once, with control if any of them was taken.
        for (var i = 0; i < outbound.Count; i++)
        {
            var connection = outbound[i];
            var target = connection.To;
            var seenBefore = false;
            for (var j = 0; j < i; j++)
            {
                if (outbound[j].To == target)
                {
                    seenBefore = true;
                    break;
                }
            }
            if (seenBefore)
                continue;
            var live = Contains(outcomes, connection.SourcePort);
            for (var j = i + 1; j < outbound.Count && !live; j++)
            {
                if (outbound[j].To == target && Contains(outcomes, outbound[j].SourcePort))
                {
                    live = true;
                    connection = outbound[j];
                }
            }
            if (!live && loopContinues && target.LoopId != node.LoopId)
                continue;
            Arrive(connection, live);
        }
    }

    private static void Record(JoinState join, string key, bool live)
    {
        if (live)
        {
            join.Dead.Remove(key);
            join.Live.Add(key);
        }
        else if (!join.Live.Contains(key))
        {
            join.Dead.Add(key);
        }
    }

    private static bool Contains(IReadOnlyList<string> outcomes, string port)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (string.Equals(outcomes[i], port, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private void Arrive(CompiledConnection connection, bool live)
    {
        var target = connection.To;
        if (connection.IsBackEdge)
        {
            // A loop coming back starts a new pass of the target; a loop not taken changes nothing.
            if (live)
            {
                State.Joins.Remove(target.Id);
                Schedule(target);
            }
            return;
        }

        var inbound = target.ForwardSources;
        if (inbound <= 1)
        {
            if (live)
                Schedule(target);
            else
                RuleOut(target);
            return;
        }

        if (!State.Joins.TryGetValue(target.Id, out var join))
        {
            join = new JoinState();
            State.Joins[target.Id] = join;
        }

        switch (target.JoinMode)
        {
            case JoinMode.Race:
                if (join.Ignore.Remove(connection.Key))
                {
                    if (join.Ignore.Count == 0)
                        State.Joins.Remove(target.Id);
                    return;
                }
                if (live)
                {
                    foreach (var other in target.ForwardInbound)
                    {
                        if (other.Key != connection.Key && !join.Dead.Contains(other.Key))
                            join.Ignore.Add(other.Key);
                    }
                    join.Live.Clear();
                    join.Dead.Clear();
                    if (join.Ignore.Count == 0)
                        State.Joins.Remove(target.Id);
                    CancelUpstream(target);
                    Schedule(target);
                }
                else
                {
                    Record(join, connection.Key, live);
                    if (join.Dead.Count >= inbound)
                    {
                        State.Joins.Remove(target.Id);
                        RuleOut(target);
                    }
                }
                return;

            case JoinMode.Stream:
                Record(join, connection.Key, live);
                if (live)
                    Schedule(target);
                if (join.Live.Count + join.Dead.Count >= inbound)
                {
                    State.Joins.Remove(target.Id);
                    if (join.Live.Count == 0)
                        RuleOut(target);
                }
                return;

            case JoinMode.Converge:
                Record(join, connection.Key, live);
                if (join.Live.Count >= inbound)
                {
                    State.Joins.Remove(target.Id);
                    Schedule(target);
                }
                else if (join.Live.Count + join.Dead.Count >= inbound)
                {
                    // A branch can no longer arrive: the node stays blocked (and the workflow can still finish).
                    State.Joins.Remove(target.Id);
                    if (join.Live.Count == 0)
                        RuleOut(target);
                }
                return;

            default:
                Record(join, connection.Key, live);
                if (join.Live.Count + join.Dead.Count >= inbound)
                {
                    State.Joins.Remove(target.Id);
                    if (join.Live.Count > 0)
                        Schedule(target);
                    else
                        RuleOut(target);
                }
                return;
        }
    }

    /// <summary>The node will not run in this pass: tell everything downstream.</summary>
    private void RuleOut(CompiledNode node)
    {
        var outbound = node.Outbound;
        for (var i = 0; i < outbound.Count; i++)
            Arrive(outbound[i], live: false);
    }

    /// <summary>A race was won: cancel what is still pending upstream of the join on the other branches.</summary>
    private void CancelUpstream(CompiledNode join)
    {
        var ancestors = join.Ancestors;
        if (ancestors is null || ancestors.Count == 0)
            return;
        RemovePending(node => ancestors.Contains(node.Id) || IsInside(node, ancestors));
    }

    private bool IsInside(CompiledNode node, HashSet<string> chartIds)
    {
        for (var owner = node.Owner; owner is not null; owner = owner.Owner)
        {
            if (chartIds.Contains(owner.Id))
                return true;
        }
        return false;
    }

    private static bool IsWithin(CompiledNode node, CompiledNode chartNode)
    {
        for (var owner = node.Owner; owner is not null; owner = owner.Owner)
        {
            if (owner == chartNode)
                return true;
        }
        return false;
    }

    private void RemovePending(Func<CompiledNode, bool> match)
    {
        if (State.Queue.Count > 0)
        {
            var kept = new Queue<WorkItem>();
            foreach (var item in State.Queue)
            {
                if (!Workflow.NodesById.TryGetValue(item.ActivityId, out var node) || !match(node))
                    kept.Enqueue(item);
            }
            State.Queue = kept;
        }
        for (var i = State.Bookmarks.Count - 1; i >= 0; i--)
        {
            var bookmark = State.Bookmarks[i];
            if (Workflow.NodesById.TryGetValue(bookmark.ActivityId, out var node) && match(node))
            {
                State.Bookmarks.RemoveAt(i);
                _removed.Add(bookmark);
                AddJournal(JournalEvents.BookmarkCancelled, node, bookmark.Name, new JsonObject { ["bookmarkId"] = bookmark.Id });
            }
        }
        State.ActiveScopes.RemoveWhere(id => Workflow.NodesById.TryGetValue(id, out var scope) && match(scope));
    }

    private void CheckScope(CompiledNode? chartNode)
    {
        if (chartNode is null || !State.ActiveScopes.Contains(chartNode.Id) || State.Status != WorkflowStatus.Running)
            return;
        foreach (var item in State.Queue)
        {
            if (Workflow.NodesById.TryGetValue(item.ActivityId, out var node) && node.Owner == chartNode)
                return;
        }
        foreach (var bookmark in State.Bookmarks)
        {
            if (Workflow.NodesById.TryGetValue(bookmark.ActivityId, out var node) && node.Owner == chartNode)
                return;
        }
        foreach (var scope in State.ActiveScopes)
        {
            if (scope != chartNode.Id && Workflow.NodesById.TryGetValue(scope, out var node) && node.Owner == chartNode)
                return;
        }
        CompleteFlowchart(chartNode, cancelPending: false);
    }

    private void CompleteFlowchart(CompiledNode chartNode, bool cancelPending)
    {
        if (cancelPending)
            RemovePending(node => IsWithin(node, chartNode));
        foreach (var child in chartNode.Chart!.Children)
            State.Joins.Remove(child.Id);
        State.ActiveScopes.Remove(chartNode.Id);
        if (chartNode.Owner is null)
        {
            FinishWorkflow();
            return;
        }
        AddJournal(JournalEvents.ActivityCompleted, chartNode, PortNames.Done, null);
        Count(chartNode);
        Propagate(chartNode, [PortNames.Done]);
        CheckScope(chartNode.Owner);
    }

    private void FinishWorkflow()
    {
        if (State.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            return;
        foreach (var bookmark in State.Bookmarks)
        {
            _removed.Add(bookmark);
            AddJournal(JournalEvents.BookmarkCancelled, Workflow.NodesById.GetValueOrDefault(bookmark.ActivityId), bookmark.Name, new JsonObject { ["bookmarkId"] = bookmark.Id });
        }
        State.Bookmarks.Clear();
        State.Queue.Clear();
        State.ActiveScopes.Clear();
        State.Joins.Clear();
        foreach (var output in Workflow.Definition.Outputs)
        {
            if (Workflow.VariablesByName.TryGetValue(output.Name, out var variable) && State.Variables.TryGetValue(variable.Id, out var value))
                State.Output[output.Name] = value;
        }
        State.Status = WorkflowStatus.Finished;
        State.FinishedAt = Clock.GetUtcNow();
        AddJournal(JournalEvents.WorkflowFinished, null, null, null);
    }

    private void Fault(CompiledNode node, Exception exception, string retryMode, string? bookmarkId, JsonNode? input)
    {
        var incident = new Incident
        {
            Id = Guid.NewGuid().ToString("N"),
            ActivityId = node.Id,
            ActivityType = node.TypeName,
            Message = exception.Message,
            ExceptionType = exception.GetType().FullName,
            StackTrace = exception.StackTrace,
            At = Clock.GetUtcNow(),
            RetryMode = retryMode,
            RetryBookmarkId = bookmarkId,
            RetryInput = input,
        };
        State.Incidents.Add(incident);
        State.Status = WorkflowStatus.Faulted;
        AddJournal(JournalEvents.ActivityFaulted, node, exception.Message, new JsonObject { ["incidentId"] = incident.Id });
        AddJournal(JournalEvents.WorkflowFaulted, null, exception.Message, null);
    }

    // ---- services for activities --------------------------------------------------------------

    internal Bookmark CreateBookmark(CompiledNode node, string name, JsonNode? stimulus, DateTimeOffset? dueAt, JsonObject? payload)
    {
        var bookmark = new Bookmark
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = name,
            Hash = BookmarkHash.Compute(name, stimulus),
            Stimulus = stimulus,
            ActivityId = node.Id,
            ActivityType = node.TypeName,
            CreatedAt = Clock.GetUtcNow(),
            DueAt = dueAt,
            Payload = payload,
        };
        State.Bookmarks.Add(bookmark);
        _created.Add(bookmark);
        AddJournal(dueAt is null ? JournalEvents.BookmarkCreated : JournalEvents.TimerScheduled, node, name,
            new JsonObject { ["bookmarkId"] = bookmark.Id, ["dueAt"] = dueAt?.ToString("O") });
        return bookmark;
    }

    internal void RemoveBookmark(CompiledNode node, Bookmark bookmark)
    {
        if (!State.Bookmarks.Remove(bookmark))
            return;
        _removed.Add(bookmark);
        AddJournal(JournalEvents.BookmarkCancelled, node, bookmark.Name, new JsonObject { ["bookmarkId"] = bookmark.Id });
    }

    internal void WriteLine(CompiledNode node, string text)
    {
        Options.OutputSink?.Invoke(text);
        AddJournal(JournalEvents.Output, node, text, null);
    }

    internal void AddJournal(string @event, CompiledNode? node, string? message, JsonObject? data) =>
        Journal.Add(new JournalEntry(Clock.GetUtcNow(), @event, node?.Id, node?.TypeName, message, Actor, data));

    internal object? EvaluateInput(CompiledNode node, string name)
    {
        if (!node.Inputs.TryGetValue(name, out var input))
            return null;
        switch (input.Kind)
        {
            case ExpressionKind.Variable:
                var value = input.VariableRef is null ? null : GetVariableByName(input.VariableRef);
                return ValueConverter.To(value, input.ValueType);
            case ExpressionKind.JavaScript:
                if (input.ScriptError is not null)
                    throw new ScriptException($"Input '{name}' of activity '{node.Id}' does not parse: {input.ScriptError}");
                var result = Host().Evaluate(input.Script!.Value);
                return ValueConverter.To(result, input.ValueType);
            default:
                if (input.LiteralError is not null)
                    throw new InvalidOperationException($"Input '{name}' of activity '{node.Id}': {input.LiteralError}");
                return input.Literal ?? (input.Written is null ? null : input.Written);
        }
    }

    internal object? EvaluateAdHocScript(string code)
    {
        Prepared<Script> script;
        try
        {
            script = AdHocScripts.Count < 10_000 ? AdHocScripts.GetOrAdd(code, JavaScriptHost.Prepare) : JavaScriptHost.Prepare(code);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ScriptException($"Script does not parse: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
        return Host().Evaluate(script);
    }

    private JavaScriptHost Host()
    {
        if (_host is null)
        {
            _host = Workflow.Scripts.Rent();
            _host.Execution = this;
        }
        return _host;
    }

    internal object? GetVariableByName(string idOrName)
    {
        var variable = Workflow.FindVariable(idOrName);
        return State.Variables.TryGetValue(variable?.Id ?? idOrName, out var value) ? value : null;
    }

    internal void SetVariableByName(string idOrName, object? value)
    {
        var variable = Workflow.FindVariable(idOrName);
        if (variable is null)
        {
            State.Variables[idOrName] = value;
            return;
        }
        State.Variables[variable.Id] = ValueConverter.To(value, TypeNames.Resolve(variable.TypeName));
    }

    internal object? GetInput(string name) =>
        State.Input.TryGetValue(name, out var value) ? value : State.Input.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    internal object? GetActivityOutput(string activityId, string outputName) =>
        State.ActivityOutputs.TryGetValue(activityId, out var outputs) && outputs.TryGetValue(outputName, out var value) ? value : null;

    internal void SetActivityOutput(CompiledNode node, string name, object? value)
    {
        if (!State.ActivityOutputs.TryGetValue(node.Id, out var outputs))
        {
            outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
            State.ActivityOutputs[node.Id] = outputs;
        }
        outputs[name] = value;
        if (node.OutputTargets.TryGetValue(name, out var variableId))
            SetVariableByName(variableId, value);
    }
}

/// <summary>What a burst produced.</summary>
/// <param name="State">The instance after the burst.</param>
/// <param name="Journal">Entries written during the burst, in order.</param>
/// <param name="CreatedBookmarks">Bookmarks created and still open (timers among them need scheduling).</param>
/// <param name="RemovedBookmarks">Bookmarks that existed before and are gone (their timers can be deleted).</param>
/// <param name="UpdatedBookmarks">Bookmarks still open whose payload changed (a task's due date moved, its assignee changed).</param>
public sealed record ExecutionResult(
    WorkflowState State,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<Bookmark> CreatedBookmarks,
    IReadOnlyList<Bookmark> RemovedBookmarks,
    IReadOnlyList<Bookmark>? UpdatedBookmarks = null);

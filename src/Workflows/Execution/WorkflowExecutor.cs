using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Expressions;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Execution;

/// <summary>What to start.</summary>
public sealed record StartRequest
{
    public IReadOnlyDictionary<string, object?>? Input { get; init; }
    public string? CorrelationId { get; init; }
    public string? InstanceId { get; init; }

    /// <summary>The trigger activity that fired, when a trigger starts the instance.</summary>
    public string? TriggerActivityId { get; init; }

    public string? Actor { get; init; }

    /// <summary>
    /// Refuse with <see cref="WorkflowInputException"/>, before anything runs, input that <see cref="WorkflowInputs"/>
    /// finds fault with: for callers that send typed input (the HTTP API). Off for triggers: an event's payload
    /// arrives as an undeclared <c>eventPayload</c>, and a schedule gives no input at all.
    /// </summary>
    public bool CheckInput { get; init; }
}

/// <summary>A bookmark was already consumed (or never existed): the caller lost a race or is stale.</summary>
public sealed class BookmarkNotFoundException(string instanceId, string bookmarkId)
    : Exception($"Instance '{instanceId}' has no open bookmark '{bookmarkId}'.")
{
    public string InstanceId { get; } = instanceId;
    public string BookmarkId { get; } = bookmarkId;
}

/// <summary>
/// An activity refused the input it was resumed with (an action the task does not offer, a missing
/// comment, a form value of the wrong kind). Nothing changes: the bookmark stays open and the instance keeps waiting.
/// </summary>
public class ResumeRejectedException : Exception
{
    public ResumeRejectedException(string field, string message)
        : this(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] })
    {
    }

    /// <param name="errors">Each input field at fault with its reasons; at least one.</param>
    public ResumeRejectedException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", (errors ?? throw new ArgumentNullException(nameof(errors))).Values.SelectMany(m => m)))
    {
        if (errors.Count == 0)
            throw new ArgumentException("A refusal names at least one field.", nameof(errors));
        Errors = errors;
        Field = errors.Keys.First();
    }

    /// <summary>The (first) input field at fault, e.g. <c>comment</c> or <c>form.score</c>.</summary>
    public string Field { get; }

    /// <summary>Every input field at fault with its reasons, in the order they were found.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>The operation does not fit the instance's status (resuming a finished instance, for instance).</summary>
public sealed class InvalidWorkflowStateException(string message) : Exception(message);

/// <summary>Inputs given to a workflow do not match what it declares.</summary>
public sealed class WorkflowInputException : Exception
{
    public WorkflowInputException(string inputName, string message)
        : this(new Dictionary<string, string[]>(StringComparer.Ordinal) { [inputName] = [message] })
    {
    }

    /// <param name="problems">Each input at fault, by name, with its reasons; at least one.</param>
    public WorkflowInputException(IReadOnlyDictionary<string, string[]> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Values.SelectMany(m => m)))
    {
        if (problems.Count == 0)
            throw new ArgumentException("A refused input names at least one input.", nameof(problems));
        Problems = problems;
        InputName = problems.Keys.First();
    }

    /// <summary>The (first) input at fault.</summary>
    public string InputName { get; }

    /// <summary>Every input at fault, by name, with its reasons.</summary>
    public IReadOnlyDictionary<string, string[]> Problems { get; }
}

/// <summary>
/// Runs compiled workflows in memory: start, resume a bookmark, retry an incident, cancel. Each call is
/// one burst and returns the new state plus what changed; persisting it is the caller's business.
/// Thread-safe: every call works on its own state.
/// </summary>
public sealed class WorkflowExecutor(TimeProvider clock, ExecutorOptions? options = null, IServiceProvider? services = null)
{
    public ExecutorOptions Options { get; } = options ?? new ExecutorOptions();
    public TimeProvider Clock { get; } = clock ?? throw new ArgumentNullException(nameof(clock));

    public async ValueTask<ExecutionResult> StartAsync(CompiledWorkflow workflow, StartRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        request ??= new StartRequest();
        var definition = workflow.Definition;
        var now = Clock.GetUtcNow();
        var state = new WorkflowState
        {
            InstanceId = request.InstanceId ?? Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            CorrelationId = request.CorrelationId,
            TriggerActivityId = request.TriggerActivityId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (request.CheckInput)
        {
            var directory = services?.GetService(typeof(IOrgDirectory)) as IOrgDirectory ?? DemoProvince.Directory();
            var problems = WorkflowInputs.Problems(definition, request.Input, directory, WorkCalendar.ToLocalDate(now));
            if (problems.Count > 0)
                throw new WorkflowInputException(problems);
        }
        BindInputs(definition, request.Input, state);
        foreach (var variable in workflow.Variables.Values)
            state.Variables[variable.Id] = InitialValue(variable);

        var execution = new WorkflowExecution(workflow, state, Clock, Options, services, request.Actor);
        await execution.StartAsync(cancellationToken);
        return execution.ToResult();
    }

    public async ValueTask<ExecutionResult> ResumeAsync(CompiledWorkflow workflow, WorkflowState state, string bookmarkId, JsonNode? input = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(bookmarkId);
        if (state.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running))
            throw new InvalidWorkflowStateException($"Instance '{state.InstanceId}' is {state.Status}; only a waiting instance can be resumed.");
        var bookmark = state.FindBookmark(bookmarkId) ?? throw new BookmarkNotFoundException(state.InstanceId, bookmarkId);
        var execution = new WorkflowExecution(workflow, state, Clock, Options, services, actor);
        await execution.ResumeAsync(bookmark, input, cancellationToken);
        return execution.ToResult();
    }

    public async ValueTask<ExecutionResult> RetryAsync(CompiledWorkflow workflow, WorkflowState state, string? incidentId = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != WorkflowStatus.Faulted)
            throw new InvalidWorkflowStateException($"Instance '{state.InstanceId}' is {state.Status}; only a faulted instance can be retried.");
        var incident = state.Incidents.LastOrDefault(i => i.ResolvedAt is null && (incidentId is null || i.Id == incidentId))
            ?? throw new InvalidWorkflowStateException($"Instance '{state.InstanceId}' has no open incident '{incidentId}'.");
        var execution = new WorkflowExecution(workflow, state, Clock, Options, services, actor);
        await execution.RetryAsync(incident, cancellationToken);
        return execution.ToResult();
    }

    public ExecutionResult Cancel(CompiledWorkflow workflow, WorkflowState state, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            throw new InvalidWorkflowStateException($"Instance '{state.InstanceId}' is already {state.Status}.");
        var execution = new WorkflowExecution(workflow, state, Clock, Options, services, actor);
        execution.Cancel();
        return execution.ToResult();
    }

    private static void BindInputs(WorkflowDefinition definition, IReadOnlyDictionary<string, object?>? given, WorkflowState state)
    {
        if (given is not null)
        {
            foreach (var (name, value) in given)
                state.Input[name] = value;
        }
        foreach (var input in definition.Inputs)
        {
            var type = TypeNames.Resolve(input.Type);
            var key = state.Input.Keys.FirstOrDefault(k => string.Equals(k, input.Name, StringComparison.OrdinalIgnoreCase));
            object? value;
            if (key is not null)
            {
                value = state.Input[key];
                if (key != input.Name)
                    state.Input.Remove(key);
            }
            else if (input.DefaultValue is not null)
            {
                value = input.DefaultValue;
            }
            else if (input.IsRequired)
            {
                throw new WorkflowInputException(input.Name, $"Input '{input.Name}' is required.");
            }
            else
            {
                continue;
            }

            try
            {
                state.Input[input.Name] = WorkflowInputs.ToValue(value, type);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException or ArgumentException)
            {
                throw new WorkflowInputException(input.Name, $"Input '{input.Name}' must be a {input.Type}: {ex.Message}");
            }
        }
    }

    internal static object? InitialValue(VariableDefinition variable)
    {
        var type = TypeNames.Resolve(variable.TypeName);
        try
        {
            return variable.Value switch
            {
                null => type.IsValueType ? ValueConverter.To(null, type) : null,
                JsonValue v when v.TryGetValue<string>(out var text) => text.Length == 0 && type != typeof(string) ? ValueConverter.To(null, type) : ValueConverter.Parse(text, type),
                var node => ValueConverter.To(node, type),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException or ArgumentException)
        {
            throw new InvalidOperationException($"Variable '{variable.Name}' has an initial value that is not a valid {variable.TypeName}.", ex);
        }
    }
}

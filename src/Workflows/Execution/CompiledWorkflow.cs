using Acornima.Ast;
using Jint;
using System.Text.Json.Nodes;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Expressions;

namespace Supervision.Workflows.Execution;

/// <summary>
/// A definition prepared for execution: activities resolved, inputs parsed, scripts prepared, the graph
/// indexed. Immutable and shared by every instance of the version.
/// </summary>
public sealed class CompiledWorkflow
{
    internal CompiledWorkflow(WorkflowDefinition definition, CompiledNode root, IReadOnlyList<CompiledNode> nodes,
        Dictionary<string, VariableDefinition> variables, JavaScriptLimits limits)
    {
        Definition = definition;
        Root = root;
        Nodes = nodes;
        NodesById = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Variables = variables;
        VariablesByName = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
        foreach (var variable in variables.Values)
            VariablesByName.TryAdd(variable.Name, variable);
        Scripts = new JavaScriptHostPool(this, limits);
    }

    public WorkflowDefinition Definition { get; }
    public CompiledNode Root { get; }
    public IReadOnlyList<CompiledNode> Nodes { get; }
    public IReadOnlyDictionary<string, CompiledNode> NodesById { get; }

    /// <summary>Workflow and flowchart variables by id.</summary>
    public Dictionary<string, VariableDefinition> Variables { get; }

    public Dictionary<string, VariableDefinition> VariablesByName { get; }

    internal JavaScriptHostPool Scripts { get; }

    public CompiledNode GetNode(string activityId) =>
        NodesById.TryGetValue(activityId, out var node) ? node : throw new KeyNotFoundException($"Activity '{activityId}' is not in workflow '{Definition.DefinitionId}' v{Definition.Version}.");

    public VariableDefinition? FindVariable(string idOrName) =>
        Variables.TryGetValue(idOrName, out var variable) ? variable : VariablesByName.GetValueOrDefault(idOrName);
}

/// <summary>How a node with several inbound connections decides to run.</summary>
public enum JoinMode
{
    /// <summary>Run once every inbound branch has arrived or been ruled out.</summary>
    Implicit,

    /// <summary>Run on every arrival.</summary>
    Stream,

    /// <summary>Run when every inbound branch has arrived; a ruled-out branch blocks the node.</summary>
    Converge,

    /// <summary>Run on the first arrival and cancel the other inbound branches.</summary>
    Race,
}

/// <summary>One activity of a compiled workflow.</summary>
public sealed class CompiledNode
{
    internal CompiledNode(ActivityNode source, WorkflowActivity? activity)
    {
        Source = source;
        Activity = activity;
        Id = source.Id;
    }

    public string Id { get; }
    public ActivityNode Source { get; }

    /// <summary>The activity implementation; null for a flowchart, which the executor runs itself.</summary>
    public WorkflowActivity? Activity { get; }

    /// <summary>The flowchart holding this node; null for the root.</summary>
    public CompiledNode? Owner { get; internal set; }

    /// <summary>Set when this node is a flowchart.</summary>
    public CompiledFlowchart? Chart { get; internal set; }

    public Dictionary<string, CompiledInput> Inputs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Output name → variable id, from <c>memoryReference</c>.</summary>
    public Dictionary<string, string> OutputTargets { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<CompiledConnection> Outbound { get; } = [];

    /// <summary>Inbound connections that are not loop-backs.</summary>
    public List<CompiledConnection> ForwardInbound { get; } = [];

    /// <summary>How many distinct activities feed this node through <see cref="ForwardInbound"/>: a join waits per source.</summary>
    public int ForwardSources { get; internal set; }

    public JoinMode JoinMode { get; internal set; } = JoinMode.Implicit;

    /// <summary>The loop (strongly connected part of the graph) this node belongs to, or -1.</summary>
    public int LoopId { get; internal set; } = -1;

    /// <summary>Nodes upstream of this one in its flowchart (for cancelling branches when a race is won).</summary>
    public HashSet<string>? Ancestors { get; internal set; }

    public bool IsFlowchart => Chart is not null;

    public string TypeName => Source.Type;

    public override string ToString() => $"{Source.Type} '{Id}'";
}

/// <summary>The graph of one flowchart.</summary>
public sealed class CompiledFlowchart
{
    public required CompiledNode Node { get; init; }
    public CompiledNode? Start { get; internal set; }
    public List<CompiledNode> Children { get; } = [];
    public List<CompiledConnection> Connections { get; } = [];
}

/// <summary>A connection between two compiled nodes.</summary>
public sealed class CompiledConnection
{
    public required CompiledNode From { get; init; }
    public required CompiledNode To { get; init; }
    public required string SourcePort { get; init; }

    /// <summary>The source activity id; identifies the branch in join state (a join waits per source, whatever its port).</summary>
    public required string Key { get; init; }

    /// <summary>True when this connection closes a loop (leads back to a node already on the path from the start).</summary>
    public bool IsBackEdge { get; internal set; }
}

/// <summary>An input of a node, parsed once.</summary>
public sealed class CompiledInput
{
    public required string Name { get; init; }
    public required Type ValueType { get; init; }
    public required ExpressionKind Kind { get; init; }

    /// <summary>The JSON as written (for literal/object values and raw inputs).</summary>
    public JsonNode? Written { get; init; }

    /// <summary>A literal already converted to <see cref="ValueType"/>.</summary>
    public object? Literal { get; init; }

    /// <summary>Why the literal could not be converted, raised when the input is read.</summary>
    public string? LiteralError { get; init; }

    public string? VariableRef { get; init; }
    public string? ScriptText { get; init; }
    public Prepared<Script>? Script { get; init; }
    public string? ScriptError { get; init; }
}

using System.Text.Json.Nodes;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Expressions;

namespace Supervision.Workflows.Execution;

/// <summary>A definition that cannot be compiled (an unknown activity type, for instance).</summary>
public sealed class WorkflowCompilationException(string message) : Exception(message);

/// <summary>Turns a <see cref="WorkflowDefinition"/> into a <see cref="CompiledWorkflow"/>.</summary>
public sealed class WorkflowCompiler(ActivityRegistry registry, JavaScriptLimits? limits = null)
{
    private static readonly WorkflowActivity Placeholder = CreatePlaceholder();

    private readonly JavaScriptLimits _limits = limits ?? JavaScriptLimits.Default;

    public ActivityRegistry Registry { get; } = registry;

    public CompiledWorkflow Compile(WorkflowDefinition definition) => Compile(definition, lenient: false);

    /// <summary>
    /// Compiles; when <paramref name="lenient"/>, an unknown activity type becomes a placeholder instead of
    /// failing, so validation can still check the rest of the graph.
    /// </summary>
    public CompiledWorkflow Compile(WorkflowDefinition definition, bool lenient)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var nodes = new List<CompiledNode>();
        var variables = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
        foreach (var variable in definition.Variables)
            variables.TryAdd(variable.Id, variable);

        var rootSource = definition.Root;
        CompiledNode root;
        if (rootSource.IsFlowchart)
        {
            root = CompileNode(rootSource, owner: null, nodes, variables, lenient);
        }
        else
        {
            // A root that is a single activity runs alone: give it an implicit flowchart.
            var wrapper = ActivityNode.EmptyFlowchart("__root");
            wrapper.Activities!.Add(rootSource);
            root = CompileNode(wrapper, owner: null, nodes, variables, lenient);
        }
        return new CompiledWorkflow(definition, root, nodes, variables, _limits);
    }

    private CompiledNode CompileNode(ActivityNode source, CompiledNode? owner, List<CompiledNode> nodes, Dictionary<string, VariableDefinition> variables, bool lenient)
    {
        if (source.IsFlowchart)
        {
            var node = new CompiledNode(source, activity: null) { Owner = owner };
            nodes.Add(node);
            var chart = new CompiledFlowchart { Node = node };
            node.Chart = chart;
            if (source.Properties["variables"] is JsonArray scoped)
            {
                foreach (var item in scoped.OfType<JsonObject>())
                {
                    var id = item["id"]?.GetValue<string>() ?? item["name"]?.GetValue<string>();
                    var name = item["name"]?.GetValue<string>() ?? id;
                    if (id is null || name is null)
                        continue;
                    variables.TryAdd(id, new VariableDefinition
                    {
                        Id = id,
                        Name = name,
                        TypeName = item["typeName"]?.GetValue<string>() ?? "Object",
                        Value = item["value"]?.DeepClone(),
                    });
                }
            }
            foreach (var child in source.Activities!)
                chart.Children.Add(CompileNode(child, node, nodes, variables, lenient));
            WireFlowchart(chart);
            return node;
        }

        if (!Registry.TryGet(source.Type, out var activity))
        {
            if (!lenient)
                throw new WorkflowCompilationException($"Activity '{source.Id}' has unknown type '{source.Type}'.");
            activity = Placeholder;
        }

        var compiled = new CompiledNode(source, activity) { Owner = owner };
        nodes.Add(compiled);
        foreach (var input in activity.Descriptor.Inputs)
            compiled.Inputs[input.Name] = CompileInput(source, input);
        foreach (var output in activity.Descriptor.Outputs)
        {
            var written = Find(source.Properties, output.Name);
            if (written is JsonObject obj && obj["memoryReference"] is JsonObject reference && reference["id"] is JsonValue id && id.TryGetValue<string>(out var variableId))
                compiled.OutputTargets[output.Name] = variableId;
        }
        return compiled;
    }

    private static WorkflowActivity CreatePlaceholder()
    {
        var registry = new ActivityRegistry().Register(typeof(UnknownActivity));
        return registry.Get(UnknownActivity.TypeKey);
    }

    /// <summary>Stands in for an activity type that is not registered, during validation only.</summary>
    [ActivityType(TypeKey, Outcomes = [])]
    internal sealed class UnknownActivity : WorkflowActivity
    {
        public const string TypeKey = "Supervision.Unknown";

        public override ValueTask ExecuteAsync(ActivityExecutionContext context) =>
            throw new InvalidOperationException($"Activity type '{context.Node.TypeName}' is not known.");
    }

    internal static JsonNode? Find(JsonObject properties, string name)
    {
        if (properties.TryGetPropertyValue(name, out var value))
            return value;
        foreach (var (key, v) in properties)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return v;
        }
        return null;
    }

    private static CompiledInput CompileInput(ActivityNode source, InputDescriptor input)
    {
        var written = Find(source.Properties, input.Name);
        var expression = WrittenExpression.From(written);
        if (expression.Kind == ExpressionKind.None)
            return Literal(input, input.DefaultValue, ExpressionKind.None);

        switch (expression.Kind)
        {
            case ExpressionKind.Literal:
            case ExpressionKind.Object:
                return Literal(input, expression.Value, expression.Kind);
            case ExpressionKind.Variable:
                var reference = expression.Value switch
                {
                    JsonValue v when v.TryGetValue<string>(out var s) => s,
                    JsonObject o => o["id"]?.GetValue<string>() ?? o["name"]?.GetValue<string>(),
                    _ => null,
                };
                return new CompiledInput { Name = input.Name, ValueType = input.ValueType, Kind = ExpressionKind.Variable, Written = expression.Value, VariableRef = reference };
            case ExpressionKind.JavaScript:
                var code = expression.Value is JsonValue codeValue && codeValue.TryGetValue<string>(out var text) ? text : expression.Value?.ToJsonString() ?? "";
                try
                {
                    return new CompiledInput { Name = input.Name, ValueType = input.ValueType, Kind = ExpressionKind.JavaScript, Written = expression.Value, ScriptText = code, Script = JavaScriptHost.Prepare(code) };
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return new CompiledInput { Name = input.Name, ValueType = input.ValueType, Kind = ExpressionKind.JavaScript, Written = expression.Value, ScriptText = code, ScriptError = ex.Message.ReplaceLineEndings(" ") };
                }
            default:
                return new CompiledInput
                {
                    Name = input.Name, ValueType = input.ValueType, Kind = ExpressionKind.Literal, Written = written,
                    LiteralError = $"Expression type '{WrittenExpression.TypeWritten(written)}' is not supported.",
                };
        }
    }

    private static CompiledInput Literal(InputDescriptor input, JsonNode? value, ExpressionKind kind)
    {
        if (input.Raw)
            return new CompiledInput { Name = input.Name, ValueType = input.ValueType, Kind = kind, Written = value };
        try
        {
            object? converted = value switch
            {
                null => ValueConverter.To(null, input.ValueType),
                JsonValue v when v.TryGetValue<string>(out var s) => ValueConverter.Parse(s, input.ValueType),
                _ => ValueConverter.To(value, input.ValueType),
            };
            return new CompiledInput { Name = input.Name, ValueType = input.ValueType, Kind = kind, Written = value, Literal = converted };
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException or ArgumentException)
        {
            return new CompiledInput
            {
                Name = input.Name, ValueType = input.ValueType, Kind = kind, Written = value,
                LiteralError = $"'{Shorten(value?.ToJsonString())}' is not a valid {TypeNames.AliasOf(input.ValueType)}.",
            };
        }
    }

    private static string Shorten(string? text) => text is null ? "null" : text.Length <= 60 ? text : text[..57] + "...";

    private void WireFlowchart(CompiledFlowchart chart)
    {
        var byId = chart.Children.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var connection in chart.Node.Source.Connections!)
        {
            if (!byId.TryGetValue(connection.Source, out var from) || !byId.TryGetValue(connection.Target, out var to))
                continue;
            var compiled = new CompiledConnection { From = from, To = to, SourcePort = connection.SourcePort, Key = from.Id };
            chart.Connections.Add(compiled);
            from.Outbound.Add(compiled);
        }

        chart.Start = FindStart(chart, byId);
        MarkBackEdges(chart);

        foreach (var connection in chart.Connections.Where(c => !c.IsBackEdge))
            connection.To.ForwardInbound.Add(connection);
        foreach (var node in chart.Children)
            node.ForwardSources = node.ForwardInbound.Select(c => c.From.Id).Distinct(StringComparer.Ordinal).Count();
        MarkLoops(chart);

        foreach (var node in chart.Children)
        {
            node.JoinMode = node.Source.MergeMode switch
            {
                "Stream" or "Cascade" => JoinMode.Stream,
                "Merge" or "Converge" => JoinMode.Converge,
                "Race" => JoinMode.Race,
                _ when node.TypeName == Activities.Builtin.FlowJoin.TypeKey => ReadJoinMode(node),
                _ => JoinMode.Implicit,
            };
            if (node.JoinMode == JoinMode.Race)
                node.Ancestors = Ancestors(node);
        }
    }

    private static JoinMode ReadJoinMode(CompiledNode node)
    {
        var mode = node.Inputs.TryGetValue("mode", out var input) ? input.Literal as string : null;
        // WaitAll waits for every inbound branch that can still arrive: a branch a decision did not take is
        // ruled out rather than awaited forever (use mergeMode Converge for the strict form).
        return string.Equals(mode, "WaitAll", StringComparison.OrdinalIgnoreCase) ? JoinMode.Implicit : JoinMode.Race;
    }

    /// <summary>
    /// The flowchart's <c>start</c> if set, else an <c>Elsa.Start</c>, else a <c>canStartWorkflow</c>
    /// activity, else the first activity without inbound connections.
    /// </summary>
    internal static CompiledNode? FindStart(CompiledFlowchart chart, Dictionary<string, CompiledNode> byId)
    {
        if (chart.Children.Count == 0)
            return null;
        if (chart.Node.Source.Start is { } startId && byId.TryGetValue(startId, out var explicitStart))
            return explicitStart;
        var start = chart.Children.FirstOrDefault(c => c.TypeName == Activities.Builtin.Start.TypeKey)
            ?? chart.Children.FirstOrDefault(c => c.Source.CanStartWorkflow);
        if (start is not null)
            return start;
        var targets = chart.Connections.Select(c => c.To.Id).ToHashSet(StringComparer.Ordinal);
        return chart.Children.FirstOrDefault(c => !targets.Contains(c.Id)) ?? chart.Children[0];
    }

    private static void MarkBackEdges(CompiledFlowchart chart)
    {
        // Depth-first from the start (then from every node not yet reached): a connection to a node still
        // on the current path closes a loop.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on path, 2 = done
        var roots = new List<CompiledNode>();
        if (chart.Start is not null)
            roots.Add(chart.Start);
        var targets = chart.Connections.Select(c => c.To.Id).ToHashSet(StringComparer.Ordinal);
        roots.AddRange(chart.Children.Where(c => !targets.Contains(c.Id)));
        roots.AddRange(chart.Children);

        foreach (var root in roots)
        {
            if (state.ContainsKey(root.Id))
                continue;
            var stack = new Stack<(CompiledNode Node, int Next)>();
            stack.Push((root, 0));
            state[root.Id] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < node.Outbound.Count)
                {
                    stack.Push((node, next + 1));
                    var connection = node.Outbound[next];
                    var target = connection.To;
                    if (state.TryGetValue(target.Id, out var s))
                    {
                        if (s == 1)
                            connection.IsBackEdge = true;
                        continue;
                    }
                    state[target.Id] = 1;
                    stack.Push((target, 0));
                }
                else
                {
                    state[node.Id] = 2;
                }
            }
        }
    }

    /// <summary>Tarjan's strongly connected components: nodes that can reach each other share a loop id.</summary>
    private static void MarkLoops(CompiledFlowchart chart)
    {
        var index = new Dictionary<CompiledNode, int>();
        var low = new Dictionary<CompiledNode, int>();
        var onStack = new HashSet<CompiledNode>();
        var stack = new Stack<CompiledNode>();
        var counter = 0;
        var loopCounter = 0;
        foreach (var root in chart.Children)
        {
            if (index.ContainsKey(root))
                continue;
            var work = new Stack<(CompiledNode Node, int Next)>();
            work.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack.Add(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                if (next < node.Outbound.Count)
                {
                    work.Push((node, next + 1));
                    var target = node.Outbound[next].To;
                    if (!index.ContainsKey(target))
                    {
                        index[target] = low[target] = counter++;
                        stack.Push(target);
                        onStack.Add(target);
                        work.Push((target, 0));
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }
                    continue;
                }
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
                if (low[node] != index[node])
                    continue;
                var members = new List<CompiledNode>();
                CompiledNode member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    members.Add(member);
                }
                while (member != node);
                var isLoop = members.Count > 1 || node.Outbound.Any(c => c.To == node);
                if (!isLoop)
                    continue;
                var loopId = loopCounter++;
                foreach (var m in members)
                    m.LoopId = loopId;
            }
        }
    }

    private static HashSet<string> Ancestors(CompiledNode node)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<CompiledNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            foreach (var inbound in pending.Pop().ForwardInbound)
            {
                if (result.Add(inbound.From.Id))
                    pending.Push(inbound.From);
            }
        }
        return result;
    }
}

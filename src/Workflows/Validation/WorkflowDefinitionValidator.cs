using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Activities.Builtin;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Expressions;
using Supervision.Workflows.Human;

namespace Supervision.Workflows.Validation;

/// <summary>
/// Checks a definition before it is saved, published or run: unknown activity types, dangling or
/// duplicate connections, unknown ports, missing required inputs, scripts that do not parse, literals of
/// the wrong type, no start activity; warns about unreachable activities and loops that never wait.
/// Every failure names the activity (<see cref="ValidationFailure.CustomState"/>) and the field.
/// </summary>
public sealed class WorkflowDefinitionValidator : AbstractValidator<WorkflowDefinition>
{
    private readonly ActivityRegistry _registry;
    private readonly WorkflowCompiler _compiler;
    private readonly DefinitionLimits _limits;

    public WorkflowDefinitionValidator(ActivityRegistry registry, DefinitionLimits? limits = null)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _compiler = new WorkflowCompiler(registry);
        _limits = limits ?? DefinitionLimits.Default;

        RuleFor(d => d.DefinitionId).NotEmpty().WithMessage("The definition needs a definitionId.");
        RuleFor(d => d.Version).GreaterThan(0).WithMessage("The version must be 1 or more.");
        RuleFor(d => d.Variables.Count).LessThanOrEqualTo(_limits.MaxVariables)
            .WithName("variables").WithMessage($"A definition may declare at most {_limits.MaxVariables} variables.");
        RuleFor(d => d).Custom(CheckDefinition);
    }

    /// <summary>Runs the validator and returns its problems as records.</summary>
    public ValidationReport Check(WorkflowDefinition definition)
    {
        var result = Validate(definition);
        return new ValidationReport(result.Errors.Select(ToProblem).ToList());
    }

    public static DefinitionProblem ToProblem(ValidationFailure failure)
    {
        var activityId = failure.CustomState as string;
        var field = failure.PropertyName;
        if (activityId is not null && field.StartsWith($"activities[{activityId}]", StringComparison.Ordinal))
        {
            field = field[$"activities[{activityId}]".Length..].TrimStart('.');
            if (field.Length == 0)
                field = "type";
        }
        return new DefinitionProblem(
            failure.Severity == Severity.Error ? ProblemSeverity.Error : ProblemSeverity.Warning,
            activityId,
            field,
            failure.ErrorMessage);
    }

    private void CheckDefinition(WorkflowDefinition definition, ValidationContext<WorkflowDefinition> context)
    {
        var all = definition.AllActivities().ToList();
        if (all.Count > _limits.MaxActivities)
        {
            Fail(context, null, "root", $"The definition has {all.Count} activities; the limit is {_limits.MaxActivities}.");
            return;
        }
        var connectionCount = all.Sum(a => a.Connections?.Count ?? 0);
        if (connectionCount > _limits.MaxConnections)
        {
            Fail(context, null, "root", $"The definition has {connectionCount} connections; the limit is {_limits.MaxConnections}.");
            return;
        }

        CheckVariables(definition, context);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in all)
        {
            if (!seen.Add(activity.Id))
                Fail(context, activity.Id, "id", $"Activity id '{activity.Id}' is used more than once.");
            if (activity.IsFlowchart)
                continue;
            if (!_registry.TryGet(activity.Type, out var implementation))
            {
                Fail(context, activity.Id, "type", $"Activity '{activity.Id}' has unknown type '{activity.Type}'.");
                continue;
            }
            CheckInputs(definition, activity, implementation, context);
            foreach (var problem in implementation.Validate(activity))
                Fail(context, activity.Id, problem.Field ?? "type", problem.Message, problem.IsWarning);
        }
        if (seen.Count != all.Count)
            return;

        CompiledWorkflow compiled;
        try
        {
            compiled = _compiler.Compile(definition, lenient: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or WorkflowCompilationException)
        {
            Fail(context, null, "variables", ex.Message);
            return;
        }

        foreach (var chartNode in compiled.Nodes.Where(n => n.IsFlowchart))
            CheckFlowchart(chartNode, context);
    }

    private static void CheckVariables(WorkflowDefinition definition, ValidationContext<WorkflowDefinition> context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Variables.Count; i++)
        {
            var variable = definition.Variables[i];
            if (!names.Add(variable.Name))
                Fail(context, null, $"variables[{i}].name", $"Variable name '{variable.Name}' is declared more than once.");
            if (!TypeNames.IsKnown(variable.TypeName))
                Fail(context, null, $"variables[{i}].typeName", $"Variable '{variable.Name}' has type '{variable.TypeName}', which is kept as JSON.", warning: true);
            try
            {
                WorkflowExecutor.InitialValue(variable);
            }
            catch (InvalidOperationException ex)
            {
                Fail(context, null, $"variables[{i}].value", ex.Message);
            }
        }
        var inputs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < definition.Inputs.Count; i++)
        {
            if (!inputs.Add(definition.Inputs[i].Name))
                Fail(context, null, $"inputs[{i}].name", $"Input '{definition.Inputs[i].Name}' is declared more than once.");
            // A default no start could use would refuse every start that leaves the input out.
            if (WorkflowInputs.DefaultProblem(definition.Inputs[i]) is { } problem)
                Fail(context, null, $"inputs[{i}].defaultValue", problem);
        }
    }

    private void CheckInputs(WorkflowDefinition definition, ActivityNode activity, WorkflowActivity implementation, ValidationContext<WorkflowDefinition> context)
    {
        foreach (var input in implementation.Descriptor.Inputs)
        {
            var written = WorkflowCompiler.Find(activity.Properties, input.Name);
            var expression = WrittenExpression.From(written);
            if (expression.Kind == ExpressionKind.None || (expression.Kind == ExpressionKind.Literal && IsBlank(expression.Value)))
            {
                if (input.IsRequired && input.DefaultValue is null)
                    Fail(context, activity.Id, input.Name, $"'{input.DisplayName.En}' is required.");
                continue;
            }
            switch (expression.Kind)
            {
                case ExpressionKind.JavaScript:
                    var code = expression.Value is JsonValue v && v.TryGetValue<string>(out var text) ? text : expression.Value?.ToJsonString() ?? "";
                    if (code.Length > _limits.MaxExpressionLength)
                        Fail(context, activity.Id, input.Name, $"The script is {code.Length} characters long; the limit is {_limits.MaxExpressionLength}.");
                    else if (JavaScriptHost.ParseError(code) is { } error)
                        Fail(context, activity.Id, input.Name, $"The JavaScript does not parse: {error}");
                    break;
                case ExpressionKind.Variable:
                    var reference = expression.Value switch
                    {
                        JsonValue r when r.TryGetValue<string>(out var s) => s,
                        JsonObject o => o["id"]?.GetValue<string>() ?? o["name"]?.GetValue<string>(),
                        _ => null,
                    };
                    if (reference is null || !VariableExists(definition, reference))
                        Fail(context, activity.Id, input.Name, $"Variable '{reference}' is not declared.");
                    break;
                case ExpressionKind.Literal or ExpressionKind.Object when !input.Raw:
                    if (LiteralError(input, expression.Value) is { } literalError)
                        Fail(context, activity.Id, input.Name, literalError);
                    else if (input.UIHint == UIHints.RolePicker && WrittenRole(expression.Value) is { } role && !UnitRoleNames.IsKnown(role))
                        Fail(context, activity.Id, input.Name,
                            $"'{role}' is not a role people hold in a unit ({string.Join(", ", UnitRoleNames.All)}); only the unit's officers could take the task.",
                            warning: true);
                    break;
                case ExpressionKind.Literal or ExpressionKind.Object:
                    break;
                default:
                    Fail(context, activity.Id, input.Name, $"Expression type '{WrittenExpression.TypeWritten(written)}' is not supported; use Literal, Object, Variable or JavaScript.");
                    break;
            }
        }

        if (activity.Type == SetVariable.TypeKey)
        {
            var reference = SetVariable.VariableReference(WorkflowCompiler.Find(activity.Properties, "variable"));
            if (reference is not null && !VariableExists(definition, reference))
                Fail(context, activity.Id, "variable", $"Variable '{reference}' is not declared.");
        }

        foreach (var output in implementation.Descriptor.Outputs)
        {
            if (WorkflowCompiler.Find(activity.Properties, output.Name) is JsonObject obj && obj["memoryReference"] is JsonObject memory
                && memory["id"] is JsonValue id && id.TryGetValue<string>(out var variableId) && !VariableExists(definition, variableId))
                Fail(context, activity.Id, output.Name, $"Output '{output.Name}' is stored in variable '{variableId}', which is not declared.");
        }
    }

    private static bool VariableExists(WorkflowDefinition definition, string reference) =>
        definition.Variables.Any(v => v.Id == reference || v.Name == reference)
        || definition.AllActivities().Any(a => a.IsFlowchart && a.Properties["variables"] is JsonArray scoped
            && scoped.OfType<JsonObject>().Any(v => v["id"]?.ToString() == reference || v["name"]?.ToString() == reference));

    /// <summary>The role a role-picker input names: the text of a role input, or an assignee's <c>role</c> (written as an object or as JSON text).</summary>
    private static string? WrittenRole(JsonNode? value)
    {
        if (value is JsonValue text && text.TryGetValue<string>(out var s))
        {
            s = s.Trim();
            if (!s.StartsWith('{'))
                return s.Length == 0 ? null : s;
            try
            {
                value = JsonNode.Parse(s);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
        return value is JsonObject assignee && assignee["role"] is JsonValue role && role.TryGetValue<string>(out var name) && name.Trim().Length > 0 ? name.Trim() : null;
    }

    private static bool IsBlank(JsonNode? value) => value is null || (value is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0);

    private static string? LiteralError(InputDescriptor input, JsonNode? value)
    {
        try
        {
            _ = value is JsonValue v && v.TryGetValue<string>(out var s) ? ValueConverter.Parse(s, input.ValueType) : ValueConverter.To(value, input.ValueType);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException or ArgumentException)
        {
            var text = value?.ToJsonString() ?? "null";
            return $"'{(text.Length > 60 ? text[..57] + "..." : text)}' is not a valid {TypeNames.AliasOf(input.ValueType)}.";
        }
    }

    private static void CheckFlowchart(CompiledNode chartNode, ValidationContext<WorkflowDefinition> context)
    {
        var chart = chartNode.Chart!;
        var source = chartNode.Source;
        if (source.CustomProperties["notFoundConnections"] is JsonArray { Count: > 0 } notFound)
            Fail(context, chartNode.Id == "__root" ? null : chartNode.Id, "connections", $"{notFound.Count} connection(s) refer to missing activities and were set aside.", warning: true);
        if (chart.Children.Count == 0)
        {
            // A nested flowchart may be an empty placeholder that completes at once; a workflow with nothing in it does nothing.
            if (chartNode.Owner is null)
                Fail(context, null, "root", "The workflow has no activities: add at least a start.");
            return;
        }

        if (source.Start is { } startId && chart.Children.All(c => c.Id != startId))
            Fail(context, chartNode.Id, "start", $"The start activity '{startId}' is not in the flowchart.");

        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var connection in source.Connections ?? [])
        {
            var from = chart.Children.FirstOrDefault(c => c.Id == connection.Source);
            var to = chart.Children.FirstOrDefault(c => c.Id == connection.Target);
            if (from is null || to is null)
                continue;
            if (!pairs.Add($"{connection.Source}\n{connection.SourcePort}\n{connection.Target}\n{connection.TargetPort}"))
                Fail(context, connection.Source, $"outcomes.{connection.SourcePort}", $"Connection {connection} appears more than once.");
            if (from.Activity is { } activity && activity.Descriptor.TypeName != WorkflowCompiler.UnknownActivity.TypeKey)
            {
                var ports = from.IsFlowchart ? [PortNames.Done] : activity.GetOutcomes(from.Source);
                if (!ports.Contains(connection.SourcePort, StringComparer.Ordinal))
                {
                    var dynamicUnknown = activity.Descriptor.HasDynamicOutcomes && ports.Count == 0;
                    Fail(context, connection.Source, $"outcomes.{connection.SourcePort}",
                        $"Activity '{connection.Source}' has no outcome port '{connection.SourcePort}' (ports: {(ports.Count == 0 ? "none" : string.Join(", ", ports))}).",
                        warning: dynamicUnknown);
                }
            }
            if (connection.TargetPort != PortNames.In)
                Fail(context, connection.Target, $"ports.{connection.TargetPort}", $"Activity '{connection.Target}' has no input port '{connection.TargetPort}'; connections enter through 'In'.");
        }

        // Start: with no explicit start, no Elsa.Start, no trigger and every node fed by a connection
        // (a closed ring), there is nowhere to begin.
        var targets = chart.Connections.Select(c => c.To.Id).ToHashSet(StringComparer.Ordinal);
        var hasEntry = source.Start is not null
            || chart.Children.Any(c => c.TypeName == Start.TypeKey || c.Source.CanStartWorkflow || !targets.Contains(c.Id));
        if (!hasEntry)
        {
            Fail(context, chartNode.Id == "__root" ? null : chartNode.Id, "start", "The flowchart has no start activity: add an Elsa.Start or mark one activity canStartWorkflow.");
            return;
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<CompiledNode>();
        foreach (var root in chart.Children.Where(c => c == chart.Start || c.Source.CanStartWorkflow))
            pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!reachable.Add(node.Id))
                continue;
            foreach (var connection in node.Outbound)
                pending.Push(connection.To);
        }
        foreach (var node in chart.Children.Where(c => !reachable.Contains(c.Id)))
            Fail(context, node.Id, "type", $"Activity '{node.Id}' cannot be reached from the start.", warning: true);

        foreach (var loop in chart.Children.Where(c => c.LoopId >= 0).GroupBy(c => c.LoopId))
        {
            if (!loop.Any(IsBlocking))
            {
                var first = loop.First();
                Fail(context, first.Id, "type",
                    $"The loop through {string.Join(", ", loop.Select(n => $"'{n.Id}'"))} has no blocking activity; it will stop at the step limit if its condition never changes.",
                    warning: true);
            }
        }
    }

    private static bool IsBlocking(CompiledNode node) =>
        node.IsFlowchart ? node.Chart!.Children.Any(IsBlocking) : node.Activity?.Descriptor.IsBlocking == true;

    private static void Fail(ValidationContext<WorkflowDefinition> context, string? activityId, string field, string message, bool warning = false)
    {
        var path = activityId is null ? field : $"activities[{activityId}].{field}";
        context.AddFailure(new ValidationFailure(path, message)
        {
            Severity = warning ? Severity.Warning : Severity.Error,
            CustomState = activityId,
        });
    }
}

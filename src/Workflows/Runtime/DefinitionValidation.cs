using Supervision.Workflows.Activities;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Runtime;

/// <summary>A problem in a definition: the activity and input it concerns (null for the definition itself).</summary>
public sealed record DefinitionProblem(string? ActivityId, string? Field, string Message, bool IsWarning = false)
{
    public override string ToString() =>
        (ActivityId is null ? "" : Field is null ? $"{ActivityId}: " : $"{ActivityId}.{Field}: ") + Message + (IsWarning ? " (warning)" : "");
}

/// <summary>Checks a definition before it is published or imported.</summary>
public interface IDefinitionValidator
{
    IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition);
}

/// <summary>
/// The minimal check: the definition has an id, every activity type is known, each activity's own checks
/// pass, and the whole compiles.
/// </summary>
public sealed class CompilingDefinitionValidator(ActivityRegistry registry) : IDefinitionValidator
{
    public IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<DefinitionProblem>();
        if (string.IsNullOrWhiteSpace(definition.DefinitionId))
            problems.Add(new DefinitionProblem(null, "definitionId", "The definition id is required."));
        foreach (var node in definition.AllActivities())
        {
            if (node.IsFlowchart)
                continue;
            if (!registry.TryGet(node.Type, out var activity))
            {
                problems.Add(new DefinitionProblem(node.Id, "type", $"Unknown activity type '{node.Type}'."));
                continue;
            }
            problems.AddRange(activity.Validate(node).Select(p => new DefinitionProblem(node.Id, p.Field, p.Message, p.IsWarning)));
        }
        if (problems.Any(p => !p.IsWarning))
            return problems;
        try
        {
            new WorkflowCompiler(registry).Compile(definition);
        }
        catch (Exception ex) when (ex is WorkflowCompilationException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            problems.Add(new DefinitionProblem(null, null, ex.Message));
        }
        return problems;
    }
}

/// <summary>A definition cannot be published: it has errors.</summary>
public sealed class DefinitionValidationException(string definitionId, IReadOnlyList<DefinitionProblem> problems)
    : Exception($"Definition '{definitionId}' is not valid: {string.Join("; ", problems.Where(p => !p.IsWarning))}")
{
    public string DefinitionId { get; } = definitionId;
    public IReadOnlyList<DefinitionProblem> Problems { get; } = problems;
}

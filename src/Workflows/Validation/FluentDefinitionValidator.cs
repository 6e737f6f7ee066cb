using Supervision.Workflows.Definitions;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Validation;

/// <summary>The runtime's validation seam served by <see cref="WorkflowDefinitionValidator"/>.</summary>
public sealed class FluentDefinitionValidator(WorkflowDefinitionValidator validator) : IDefinitionValidator
{
    public IReadOnlyList<Runtime.DefinitionProblem> Validate(WorkflowDefinition definition) =>
        validator.Check(definition).Problems
            .Select(p => new Runtime.DefinitionProblem(p.ActivityId, p.Field, p.Message, p.Severity == ProblemSeverity.Warning))
            .ToList();
}

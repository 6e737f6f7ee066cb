using FluentValidation;

namespace Supervision.Api.Features.WorkflowDefinitions.ValidateDefinition;

internal sealed class ValidateDefinitionValidator : AbstractValidator<ValidateDefinition>
{
    public ValidateDefinitionValidator()
    {
        RuleFor(r => r.Definition).NotNull().WithMessage("A workflow definition (Elsa 3 JSON object) is required.");
    }
}

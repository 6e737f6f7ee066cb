using FluentValidation;

namespace Supervision.Api.Features.WorkflowDefinitions.PublishDefinition;

internal sealed class PublishDefinitionValidator : AbstractValidator<PublishDefinition>
{
    public PublishDefinitionValidator()
    {
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
    }
}

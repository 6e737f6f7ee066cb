using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowInstances.StartInstance;

internal sealed class StartInstanceValidator : AbstractValidator<StartInstance>
{
    public StartInstanceValidator()
    {
        RuleFor(r => r.DefinitionId).NotEmpty().WithMessage("Name the definition to start (definitionId).").MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        RuleFor(r => r.CorrelationId).MaximumLength(128).WithMessage("A correlation id has at most 128 characters.").NoControlCharacters();
        RuleFor(r => r.Input!.Count).LessThanOrEqualTo(200).When(r => r.Input is not null).OverridePropertyName("input")
            .WithMessage("At most 200 input values.");
    }
}

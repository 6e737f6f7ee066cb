using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowInstances.TriggerEvent;

internal sealed class TriggerEventValidator : AbstractValidator<TriggerEvent>
{
    public TriggerEventValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Name the event.").MaximumLength(256).WithMessage("An event name has at most 256 characters.").NoControlCharacters();
        RuleFor(r => r.CorrelationId).MaximumLength(128).WithMessage("A correlation id has at most 128 characters.").NoControlCharacters();
    }
}

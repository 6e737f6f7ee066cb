using FluentValidation;

namespace Supervision.Api.Features.WorkflowDefinitions.SaveDraft;

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraft>
{
    public SaveDraftValidator()
    {
        RuleFor(r => r.Definition).NotNull().WithMessage("A workflow definition (Elsa 3 JSON object) is required.");
    }
}

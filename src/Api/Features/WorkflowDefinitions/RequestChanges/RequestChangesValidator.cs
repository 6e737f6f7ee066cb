using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowDefinitions.RequestChanges;

internal sealed class RequestChangesValidator : AbstractValidator<RequestChanges>
{
    public RequestChangesValidator()
    {
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        RuleFor(r => r.Comment).NotEmpty().WithMessage("Say what should change: a comment is required.")
            .MaximumLength(ReviewSteps.MaxCommentLength).WithMessage($"A comment has at most {ReviewSteps.MaxCommentLength} characters.")
            .NoControlCharacters(multiLine: true);
    }
}

using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowDefinitions.SubmitForReview;

internal sealed class SubmitForReviewValidator : AbstractValidator<SubmitForReview>
{
    public SubmitForReviewValidator()
    {
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        RuleFor(r => r.Comment).MaximumLength(ReviewSteps.MaxCommentLength).WithMessage($"A comment has at most {ReviewSteps.MaxCommentLength} characters.")
            .NoControlCharacters(multiLine: true);
    }
}

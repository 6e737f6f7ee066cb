using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowDefinitions.ApproveReview;

internal sealed class ApproveReviewValidator : AbstractValidator<ApproveReview>
{
    public ApproveReviewValidator()
    {
        RuleFor(r => r.Version).GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
        RuleFor(r => r.Comment).MaximumLength(ReviewSteps.MaxCommentLength).WithMessage($"A comment has at most {ReviewSteps.MaxCommentLength} characters.")
            .NoControlCharacters(multiLine: true);
    }
}

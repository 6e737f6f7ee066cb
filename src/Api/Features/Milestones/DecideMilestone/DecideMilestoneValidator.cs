using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Milestones.DecideMilestone;

internal sealed class DecideMilestoneValidator : AbstractValidator<DecideMilestone>
{
    public DecideMilestoneValidator()
    {
        RuleFor(r => r.Comment).NotEmpty().When(r => !r.Approve).WithMessage("Say what should change: a comment is required.");
        RuleFor(r => r.Comment).MaximumLength(4000).NoControlCharacters(multiLine: true);
    }
}

using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Milestones.ListMilestones;

internal sealed class ListMilestonesValidator : AbstractValidator<ListMilestones>
{
    public ListMilestonesValidator()
    {
        RuleFor(r => r.Status).Must(s => s is null || MilestoneStatuses.All.Contains(s))
            .WithMessage($"The status is one of {string.Join(", ", MilestoneStatuses.All)}.");
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.PlanId).MaximumLength(128).NoControlCharacters();
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

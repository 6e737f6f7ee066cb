using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Plans.ListPlans;

internal sealed class ListPlansValidator : AbstractValidator<ListPlans>
{
    public ListPlansValidator()
    {
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Q).MaximumLength(200).WithMessage("Search for at most 200 characters.").NoControlCharacters();
        RuleFor(r => r.Year).InclusiveBetween(Inspections.ListInspections.ListInspectionsValidator.MinYear, Inspections.ListInspections.ListInspectionsValidator.MaxYear)
            .WithMessage($"The year is {Inspections.ListInspections.ListInspectionsValidator.MinYear}–{Inspections.ListInspections.ListInspectionsValidator.MaxYear}.");
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || PlanViews.Statuses.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"The status is one of {string.Join(", ", PlanViews.Statuses)}.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

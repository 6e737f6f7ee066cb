using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowDefinitions.ListReviews;

internal sealed class ListReviewsValidator : AbstractValidator<ListReviews>
{
    public ListReviewsValidator()
    {
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || ListReviews.Statuses.Contains(s))
            .WithMessage($"The status is one of {string.Join(", ", ListReviews.Statuses)}.");
        RuleFor(r => r.DefinitionId).MaximumLength(DefinitionRules.MaxIdLength).NoControlCharacters();
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

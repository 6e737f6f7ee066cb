using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkflowDefinitions.ListDefinitions;

internal sealed class ListDefinitionsValidator : AbstractValidator<ListDefinitions>
{
    public ListDefinitionsValidator()
    {
        RuleFor(r => r.Search).MaximumLength(200).WithMessage("Search for at most 200 characters.").NoControlCharacters();
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || ListDefinitions.Statuses.Contains(s))
            .WithMessage($"The status is one of {string.Join(", ", ListDefinitions.Statuses)}.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

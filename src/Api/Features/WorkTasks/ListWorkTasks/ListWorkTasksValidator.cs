using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.WorkTasks.ListWorkTasks;

internal sealed class ListWorkTasksValidator : AbstractValidator<ListWorkTasks>
{
    public ListWorkTasksValidator()
    {
        RuleFor(r => r.DueFrom).WithinCalendar();
        RuleFor(r => r.DueTo).WithinCalendar();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.PlanId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Q).MaximumLength(200).WithMessage("Search for at most 200 characters.").NoControlCharacters();
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || WorkTaskViews.Statuses.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"The status is one of {string.Join(", ", WorkTaskViews.Statuses)}.");
        RuleFor(r => r.DueTo).GreaterThanOrEqualTo(r => r.DueFrom).When(r => r.DueFrom is not null && r.DueTo is not null)
            .WithMessage("dueTo is before dueFrom.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

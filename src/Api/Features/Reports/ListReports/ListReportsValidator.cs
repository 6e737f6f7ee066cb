using FluentValidation;
using Supervision.Api.Features.Common;

namespace Supervision.Api.Features.Reports.ListReports;

internal sealed class ListReportsValidator : AbstractValidator<ListReports>
{
    public ListReportsValidator()
    {
        RuleFor(r => r.DueFrom).WithinCalendar();
        RuleFor(r => r.DueTo).WithinCalendar();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || ReportViews.Statuses.Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"The status is one of {string.Join(", ", ReportViews.Statuses)}.");
        RuleFor(r => r.DueTo).GreaterThanOrEqualTo(r => r.DueFrom).When(r => r.DueFrom is not null && r.DueTo is not null)
            .WithMessage("dueTo is before dueFrom.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

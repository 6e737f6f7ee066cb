using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Domain.Inspections;

namespace Supervision.Api.Features.Inspections.ListInspections;

internal sealed class ListInspectionsValidator : AbstractValidator<ListInspections>
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public ListInspectionsValidator()
    {
        RuleFor(r => r.From).WithinCalendar();
        RuleFor(r => r.To).WithinCalendar();
        RuleFor(r => r.UnitId).MaximumLength(128).NoControlCharacters();
        RuleFor(r => r.Kind).Must(EnumFilter.IsValid<InspectionKind>).WithMessage($"The kind is one of {EnumFilter.Names<InspectionKind>()}.");
        RuleFor(r => r.Status).Must(EnumFilter.IsValid<InspectionStatus>).WithMessage($"The status is one of {EnumFilter.Names<InspectionStatus>()}.");
        RuleFor(r => r.Year).InclusiveBetween(MinYear, MaxYear).WithMessage($"The year is {MinYear}–{MaxYear}.");
        RuleFor(r => r.Year).Null().When(r => r.From is not null || r.To is not null).WithMessage("Give a year or a date range, not both.");
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null).WithMessage("The date range ends before it starts.");
        Paging.RulesFor(this, r => r.Page, r => r.PageSize);
    }
}

using FluentValidation;
using Supervision.Domain.Calendar;

namespace Supervision.Api.Features.Admin.ListCalendarDays;

internal sealed class ListCalendarDaysValidator : AbstractValidator<ListCalendarDays>
{
    public ListCalendarDaysValidator()
    {
        RuleFor(r => r.Year).InclusiveBetween(HolidayCatalog.MinYear, HolidayCatalog.MaxYear)
            .WithMessage($"The year is {HolidayCatalog.MinYear}–{HolidayCatalog.MaxYear}.");
    }
}

using FluentValidation;
using Supervision.Domain.Calendar;

namespace Supervision.Api.Features.Admin.RemoveCalendarDay;

internal sealed class RemoveCalendarDayValidator : AbstractValidator<RemoveCalendarDay>
{
    public RemoveCalendarDayValidator()
    {
        RuleFor(r => r.Date.Year).InclusiveBetween(HolidayCatalog.MinYear, HolidayCatalog.MaxYear).OverridePropertyName("date")
            .WithMessage($"The date falls in {HolidayCatalog.MinYear}–{HolidayCatalog.MaxYear}.");
    }
}

using FluentValidation;
using Supervision.Api.Features.Common;
using Supervision.Domain.Calendar;

namespace Supervision.Api.Features.Admin.SetCalendarDay;

internal sealed class SetCalendarDayValidator : AbstractValidator<SetCalendarDay>
{
    public SetCalendarDayValidator()
    {
        RuleFor(r => r.Date.Year).InclusiveBetween(HolidayCatalog.MinYear, HolidayCatalog.MaxYear).OverridePropertyName("date")
            .WithMessage($"The date falls in {HolidayCatalog.MinYear}–{HolidayCatalog.MaxYear}.");
        RuleFor(r => r.Type).NotEmpty().WithMessage("The type is required.")
            .IsEnumName(typeof(CalendarDayType), caseSensitive: true).When(r => !string.IsNullOrEmpty(r.Type), ApplyConditionTo.CurrentValidator)
            .WithMessage($"The type is one of {string.Join(", ", Enum.GetNames<CalendarDayType>())}.");
        RuleFor(r => r.Status).IsEnumName(typeof(CalendarDayStatus), caseSensitive: true)
            .WithMessage($"The status is one of {string.Join(", ", Enum.GetNames<CalendarDayStatus>())}.");
        RuleFor(r => r.NameVi).NotEmpty().WithMessage("The Vietnamese name is required.").MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.NameEn).MaximumLength(256).NoControlCharacters();
        RuleFor(r => r.Source).MaximumLength(1024).NoControlCharacters();
        RuleFor(r => r.Type).Must((r, type) => type != nameof(CalendarDayType.MakeUpWorkday) || r.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            .WithMessage("A make-up working day replaces a weekly rest day (Saturday or Sunday).");
    }
}

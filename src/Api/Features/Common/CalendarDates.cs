using FluentValidation;
using Supervision.Domain.Calendar;

namespace Supervision.Api.Features.Common;

/// <summary>
/// The dates the working-day calendar can count with: its holiday years, less a margin at the end for the deadlines
/// and reminders that fall after a date. A date outside them (0001-01-01, 9999-12-31) would fail in the calendar's
/// arithmetic, so filters and due dates refuse it up front.
/// </summary>
public static class CalendarDates
{
    public static readonly DateOnly First = new(HolidayCatalog.FirstCountableYear, 1, 1);
    public static readonly DateOnly Last = new(HolidayCatalog.LastCountableYear, 12, 31);

    /// <summary>The years, as messages give them: "1901–2187".</summary>
    public static string Years => $"{First.Year}–{Last.Year}";

    public static bool Contains(DateOnly? date) => date is not { } d || (d >= First && d <= Last);

    /// <summary>A moment's day, as written with its own offset, within <see cref="First"/>..<see cref="Last"/> (or no moment).</summary>
    public static bool Contains(DateTimeOffset? at) => at is not { } a || Contains(DateOnly.FromDateTime(a.DateTime));

    /// <summary>A date, if given, within <see cref="First"/>..<see cref="Last"/>.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> WithinCalendar<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => Contains(d)).WithMessage($"The date must fall in {Years}.");

    /// <summary>A moment, if given, on a day within <see cref="First"/>..<see cref="Last"/>.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset?> WithinCalendar<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(d => Contains(d)).WithMessage($"The date must fall in {Years}.");
}

namespace Supervision.Domain.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch). <see cref="Year"/> is the Gregorian
/// year in which that lunar year begins, so lunar 1/1 of <c>Year</c> 2026 is Tết Bính Ngọ.
/// </summary>
/// <param name="Year">The lunar year, named by the Gregorian year in which its Tết falls.</param>
/// <param name="Month">The lunar month, 1–12.</param>
/// <param name="Day">The day of the lunar month, 1–30.</param>
/// <param name="IsLeapMonth">Whether the month is the leap (intercalary, "nhuận") copy of <see cref="Month"/>.</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false)
{
    /// <summary>Formats the date the way Vietnamese calendars print it, e.g. <c>10/3/2026 ÂL</c> or <c>1/6 nhuận/2025 ÂL</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : "")}/{Year} ÂL");
}

using static System.FormattableString;

namespace Supervision.Domain.Calendar;

/// <summary>
/// Conversion between Gregorian dates and the Vietnamese lunar calendar (âm lịch), computed
/// astronomically at UTC+7.
/// </summary>
/// <remarks>
/// <para>
/// Do not replace this with <see cref="System.Globalization.ChineseLunisolarCalendar"/>: that
/// calendar is computed for UTC+8, and a new moon that falls between 23:00 and 24:00 Vietnam
/// time starts the month a day later in China. Tết therefore differs in 1968, 1969, 2007, 2030
/// and 2053 by a day, and in 1985 by a whole month.
/// </para>
/// <para>
/// Vietnam adopted the UTC+7 calendar in 1967 (the South in 1975). For earlier dates this class
/// still computes at UTC+7, which can differ from the calendar people used then (for example
/// Tết 1903, 1935 and 1965). Holidays are only needed from 2025 on, so this does not matter here.
/// </para>
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>The first lunar year supported (its Tết is 1900-01-31).</summary>
    public const int MinSupportedYear = 1900;

    /// <summary>The last lunar year supported.</summary>
    public const int MaxSupportedYear = 2199;

    private static readonly LunisolarCalculator Vietnam = new(utcOffsetHours: 7);

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The earliest Gregorian date <see cref="FromSolar"/> accepts.</summary>
    public static DateOnly MinSupportedDate { get; } = new(MinSupportedYear, 1, 1);

    /// <summary>The latest Gregorian date <see cref="FromSolar"/> accepts.</summary>
    public static DateOnly MaxSupportedDate { get; } = new(MaxSupportedYear, 12, 31);

    /// <summary>Converts a Gregorian date to the Vietnamese lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 1900-01-01 … 2199-12-31.</exception>
    public static LunarDate FromSolar(DateOnly date)
    {
        if (date < MinSupportedDate || date > MaxSupportedDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                Invariant($"The lunar calendar is supported from {MinSupportedDate:yyyy-MM-dd} to {MaxSupportedDate:yyyy-MM-dd}."));
        }

        return Vietnam.FromSolar(date);
    }

    /// <summary>Converts a Vietnamese lunar date to the Gregorian date.</summary>
    /// <param name="lunarYear">The lunar year, named by the Gregorian year of its Tết (1900–2199).</param>
    /// <param name="lunarMonth">The lunar month, 1–12.</param>
    /// <param name="lunarDay">The day, 1–29 or 1–30 depending on the month.</param>
    /// <param name="isLeapMonth">True for the leap copy of <paramref name="lunarMonth"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range, or the month has only 29 days.</exception>
    /// <exception cref="ArgumentException"><paramref name="isLeapMonth"/> is true but that month is not the year's leap month.</exception>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false)
    {
        var (firstDay, length) = Month(lunarYear, lunarMonth, isLeapMonth);
        if (lunarDay < 1 || lunarDay > length)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), lunarDay,
                $"Lunar month {lunarMonth}{(isLeapMonth ? " (leap)" : "")} of {lunarYear} has {length} days.");
        }

        return firstDay.AddDays(lunarDay - 1);
    }

    /// <summary>Converts a Vietnamese lunar date to the Gregorian date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A component is out of range.</exception>
    /// <exception cref="ArgumentException">The date names a leap month the year does not have.</exception>
    public static DateOnly ToSolar(LunarDate date) => ToSolar(date.Year, date.Month, date.Day, date.IsLeapMonth);

    /// <summary>Tết Nguyên đán: the Gregorian date of lunar 1/1 of <paramref name="lunarYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2199.</exception>
    public static DateOnly NewYear(int lunarYear) => ToSolar(lunarYear, 1, 1);

    /// <summary>The leap month of a lunar year (e.g. 6 for 2025), or 0 when the year has twelve months.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1900–2199.</exception>
    public static int GetLeapMonth(int lunarYear)
    {
        CheckYear(lunarYear);

        // A leap month falls between month 11 of the previous year and month 11 of this one, or
        // is a leap 11 or 12 at the end of this year (as in 2033).
        for (var month = 1; month <= 12; month++)
        {
            if (Vietnam.MonthStart(lunarYear, month, isLeapMonth: true) is not null)
            {
                return month;
            }
        }

        return 0;
    }

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="isLeapMonth"/> is true but that month is not the year's leap month.</exception>
    public static int GetDaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth = false) =>
        Month(lunarYear, lunarMonth, isLeapMonth).Length;

    /// <summary>The sexagenary (can chi) name of a lunar year, e.g. "Bính Ngọ" for 2026.</summary>
    public static string GetYearName(int lunarYear)
    {
        // Year 4 CE was Giáp Tý, the first of the cycle.
        var stem = ((lunarYear - 4) % 10 + 10) % 10;
        var branch = ((lunarYear - 4) % 12 + 12) % 12;
        return $"{Stems[stem]} {Branches[branch]}";
    }

    private static (DateOnly FirstDay, int Length) Month(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        CheckYear(lunarYear);
        if (lunarMonth is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarMonth), lunarMonth, "A lunar month is 1–12.");
        }

        return Vietnam.MonthStart(lunarYear, lunarMonth, isLeapMonth)
            ?? throw new ArgumentException(
                $"Lunar year {lunarYear} has no leap month {lunarMonth} (its leap month is {DescribeLeapMonth(lunarYear)}).",
                nameof(isLeapMonth));
    }

    private static string DescribeLeapMonth(int lunarYear)
    {
        var leap = GetLeapMonth(lunarYear);
        return leap == 0 ? "none" : leap.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void CheckYear(int lunarYear)
    {
        if (lunarYear is < MinSupportedYear or > MaxSupportedYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear,
                $"The lunar calendar is supported for years {MinSupportedYear}–{MaxSupportedYear}.");
        }
    }
}

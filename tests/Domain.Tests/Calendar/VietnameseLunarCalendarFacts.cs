using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class VietnameseLunarCalendarFacts
{
    private static readonly ChineseLunisolarCalendar Chinese = new();

    [Theory]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(1900, "1900-01-31")]
    public void NewYear_ReturnsTet_WhenYearIsKnown(int year, string expected)
    {
        VietnameseLunarCalendar.NewYear(year).ShouldBe(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void NewYear_DiffersFromChineseLunisolarCalendar_WhenYearIsAKnownDifference(
        int year, string vietnam, string china)
    {
        var ours = VietnameseLunarCalendar.NewYear(year);
        var dotnet = DateOnly.FromDateTime(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        ours.ShouldBe(DateOnly.Parse(vietnam, CultureInfo.InvariantCulture));
        dotnet.ShouldBe(DateOnly.Parse(china, CultureInfo.InvariantCulture), "ChineseLunisolarCalendar gives China's Tết");
        dotnet.ShouldNotBe(ours);
    }

    [Fact]
    public void NewYear_AgreesWithChineseLunisolarCalendar_ExceptInTheYearsVietnamAndChinaDiffer()
    {
        var differing = new List<int>();
        for (var year = 1901; year <= 2100; year++)
        {
            var china = DateOnly.FromDateTime(Chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));
            if (VietnameseLunarCalendar.NewYear(year) != china)
            {
                differing.Add(year);
            }
        }

        // 1968–69, 1985, 2007, 2030 and 2053 are the documented differences; 1903, 1935 and
        // 1965 differ only because we compute at UTC+7 before Vietnam adopted it (1967).
        differing.ShouldBe([1903, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053]);
    }

    [Fact]
    public void Calculator_ReproducesChineseLunisolarCalendar_WhenRunAtUtcPlus8()
    {
        // Run at China's offset, the same astronomy must give .NET's Chinese calendar, which is
        // independent evidence that the new moons and solar terms are computed right. The few
        // disagreements are months whose new moon lies within minutes of Beijing midnight,
        // where the truncated series are not precise enough.
        var china = new LunisolarCalculator(utcOffsetHours: 8);
        var differingYears = new SortedSet<int>();
        var differingDays = 0;
        for (var date = new DateOnly(1901, 2, 19); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var ours = china.FromSolar(date);
            if (ours != FromChinese(date))
            {
                differingYears.Add(date.Year);
                differingDays++;
            }
        }

        differingYears.ShouldBe([1914, 1916, 1920, 2057, 2097]);
        differingDays.ShouldBeLessThan(200);
    }

    [Theory]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2023, "2023-04-29")]
    public void ToSolar_ReturnsHungKingsDay_WhenDateIsTenthOfThirdMonth(int year, string expected)
    {
        VietnameseLunarCalendar.ToSolar(year, 3, 10).ShouldBe(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-02-17", 2026, 1, 1, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    [InlineData("2025-01-28", 2024, 12, 29, false)]
    [InlineData("1985-01-20", 1984, 12, 30, false)]
    [InlineData("2025-07-24", 2025, 6, 30, false)]
    [InlineData("2025-07-25", 2025, 6, 1, true)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2033-12-22", 2033, 11, 1, true)]
    public void FromSolar_ReturnsLunarDate_WhenDateIsKnown(string solar, int year, int month, int day, bool leap)
    {
        var date = DateOnly.Parse(solar, CultureInfo.InvariantCulture);

        VietnameseLunarCalendar.FromSolar(date).ShouldBe(new LunarDate(year, month, day, leap));
        VietnameseLunarCalendar.ToSolar(year, month, day, leap).ShouldBe(date);
    }

    [Theory]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2026, 0)]
    [InlineData(2033, 11)]
    [InlineData(1985, 2)]
    public void GetLeapMonth_ReturnsTheLeapMonth_WhenYearIsKnown(int year, int leapMonth)
    {
        VietnameseLunarCalendar.GetLeapMonth(year).ShouldBe(leapMonth);
    }

    [Fact]
    public void FromSolar_WalksEveryDayConsistently_WhenRunOverTheWholeSupportedRange()
    {
        // Every day is either the next day of the same month or day 1 of the next month; months
        // have 29 or 30 days; a year has 13 months exactly when it has a leap month; every
        // month start converts back.
        var previous = VietnameseLunarCalendar.FromSolar(VietnameseLunarCalendar.MinSupportedDate);
        var monthLength = previous.Day;
        var monthsInYear = new Dictionary<int, int>();
        var date = VietnameseLunarCalendar.MinSupportedDate.AddDays(1);
        for (; date <= VietnameseLunarCalendar.MaxSupportedDate; date = date.AddDays(1))
        {
            var current = VietnameseLunarCalendar.FromSolar(date);
            if (current.Day != 1)
            {
                current.ShouldBe(previous with { Day = previous.Day + 1 }, $"on {date:yyyy-MM-dd}");
                monthLength++;
                previous = current;
                continue;
            }

            monthLength.ShouldBeInRange(29, 30, $"month before {date:yyyy-MM-dd}");
            if (previous.Year >= VietnameseLunarCalendar.MinSupportedYear)
            {
                VietnameseLunarCalendar.GetDaysInMonth(previous.Year, previous.Month, previous.IsLeapMonth).ShouldBe(monthLength);
            }

            VietnameseLunarCalendar.ToSolar(current).ShouldBe(date);
            ExpectedSuccessor(previous).ShouldContain(current with { Day = 1 }, $"on {date:yyyy-MM-dd}");
            monthsInYear[current.Year] = monthsInYear.GetValueOrDefault(current.Year) + 1;
            monthLength = 1;
            previous = current;
        }

        // Lunar year 2199 ends in 2200, outside the walk.
        for (var year = 1900; year <= 2198; year++)
        {
            var expected = VietnameseLunarCalendar.GetLeapMonth(year) == 0 ? 12 : 13;
            monthsInYear[year].ShouldBe(expected, $"months in lunar year {year}");
        }
    }

    [Theory]
    [InlineData(2026, 1, 1, true)] // 2026 has no leap month
    [InlineData(2025, 5, 1, true)] // 2025's leap month is 6
    public void ToSolar_Throws_WhenLeapMonthDoesNotExist(int year, int month, int day, bool leap)
    {
        var ex = Should.Throw<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(year, month, day, leap));
        ex.Message.ShouldContain("no leap month");
    }

    [Fact]
    public void ToSolar_Throws_WhenDayIsThirtyInATwentyNineDayMonth()
    {
        VietnameseLunarCalendar.GetDaysInMonth(2025, 12).ShouldBe(29);

        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(2025, 12, 30));
    }

    [Theory]
    [InlineData(1899, 1, 1)]
    [InlineData(2200, 1, 1)]
    [InlineData(2026, 0, 1)]
    [InlineData(2026, 13, 1)]
    [InlineData(2026, 1, 0)]
    [InlineData(2026, 1, 31)]
    public void ToSolar_Throws_WhenComponentIsOutOfRange(int year, int month, int day)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(year, month, day));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2200-01-01")]
    public void FromSolar_Throws_WhenDateIsOutsideTheSupportedRange(string solar)
    {
        Should.Throw<ArgumentOutOfRangeException>(
            () => VietnameseLunarCalendar.FromSolar(DateOnly.Parse(solar, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2023, "Quý Mão")]
    public void GetYearName_ReturnsCanChi_WhenYearIsKnown(int year, string name)
    {
        VietnameseLunarCalendar.GetYearName(year).ShouldBe(name);
    }

    private static IEnumerable<LunarDate> ExpectedSuccessor(LunarDate month)
    {
        // After a regular month comes its leap copy (if the year has one) or the next month;
        // after a leap month comes the next regular month.
        if (!month.IsLeapMonth)
        {
            yield return month with { Day = 1, IsLeapMonth = true };
        }

        yield return month.Month == 12
            ? new LunarDate(month.Year + 1, 1, 1)
            : new LunarDate(month.Year, month.Month + 1, 1);
    }

    private static LunarDate FromChinese(DateOnly date)
    {
        var time = date.ToDateTime(TimeOnly.MinValue);
        var year = Chinese.GetYear(time);
        var month = Chinese.GetMonth(time);
        var leap = Chinese.GetLeapMonth(year);

        // .NET numbers the months 1–13 and reports the leap month as the one after its twin.
        var isLeap = leap != 0 && month == leap;
        var number = leap != 0 && month >= leap ? month - 1 : month;
        return new LunarDate(year, number, Chinese.GetDayOfMonth(time), isLeap);
    }
}

using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class WorkCalendarFacts
{
    // A small hand-made calendar around May 2025: 30/4 (Wed) and 1/5 (Thu) holidays, Fri 2/5
    // swapped off for Saturday 26/4, and an observance on Mon 5/5 that changes nothing.
    private static readonly WorkCalendar May2025 = new(
    [
        new(D(2025, 4, 26), CalendarDayType.MakeUpWorkday, "Làm bù", "Make-up working day"),
        new(D(2025, 4, 30), CalendarDayType.Holiday, "Ngày Chiến thắng", "Reunification Day"),
        new(D(2025, 5, 1), CalendarDayType.Holiday, "Quốc tế Lao động", "Labour Day"),
        new(D(2025, 5, 2), CalendarDayType.SwappedOff, "Nghỉ hoán đổi", "Swapped day off"),
        new(D(2025, 5, 5), CalendarDayType.Observance, "Ngày kỷ niệm", "Commemoration"),
    ]);

    [Theory]
    [InlineData(2025, 4, 25, true)]  // Friday
    [InlineData(2025, 4, 26, true)]  // make-up Saturday
    [InlineData(2025, 4, 27, false)] // Sunday
    [InlineData(2025, 4, 29, true)]  // Tuesday
    [InlineData(2025, 4, 30, false)] // holiday
    [InlineData(2025, 5, 1, false)]  // holiday
    [InlineData(2025, 5, 2, false)]  // swapped off
    [InlineData(2025, 5, 3, false)]  // Saturday
    [InlineData(2025, 5, 5, true)]   // observance on a Monday
    [InlineData(2025, 5, 10, false)] // ordinary Saturday
    public void IsWorkingDay_FollowsTheEntry_WhenThereIsOneElseTheWeeklyRestDays(int year, int month, int day, bool expected)
    {
        May2025.IsWorkingDay(D(year, month, day)).ShouldBe(expected);
    }

    [Fact]
    public void IsWorkingDay_ReturnsFalse_WhenObservanceFallsOnARestDay()
    {
        var calendar = new WorkCalendar([new(D(2025, 8, 2), CalendarDayType.Observance, "Kỷ niệm", "Observance")]);

        calendar.IsWorkingDay(D(2025, 8, 2)).ShouldBeFalse(); // a Saturday stays a rest day
    }

    [Fact]
    public void IsWorkingDay_UsesCustomRestDays_WhenGiven()
    {
        var sundayOnly = new WorkCalendar([], [DayOfWeek.Sunday]);

        sundayOnly.IsWorkingDay(D(2025, 5, 10)).ShouldBeTrue();  // Saturday
        sundayOnly.IsWorkingDay(D(2025, 5, 11)).ShouldBeFalse(); // Sunday
        sundayOnly.WeeklyRestDays.ShouldBe([DayOfWeek.Sunday]);
    }

    [Fact]
    public void NextWorkingDay_SkipsTheHolidayBreak_WhenStartingBeforeIt()
    {
        May2025.NextWorkingDay(D(2025, 4, 29)).ShouldBe(D(2025, 5, 5));
    }

    [Fact]
    public void NextWorkingDay_IsStrictlyAfter_WhenDateIsAWorkingDay()
    {
        May2025.NextWorkingDay(D(2025, 5, 5)).ShouldBe(D(2025, 5, 6));
    }

    [Fact]
    public void NextWorkingDay_ReturnsTheMakeUpSaturday_WhenStartingOnFriday()
    {
        May2025.NextWorkingDay(D(2025, 4, 25)).ShouldBe(D(2025, 4, 26));
    }

    [Fact]
    public void PreviousWorkingDay_SkipsTheHolidayBreak_WhenStartingAfterIt()
    {
        May2025.PreviousWorkingDay(D(2025, 5, 5)).ShouldBe(D(2025, 4, 29));
    }

    [Theory]
    [InlineData(2025, 5, 5, 2025, 5, 5)]   // working day: itself
    [InlineData(2025, 4, 30, 2025, 5, 5)]  // holiday → next working day
    [InlineData(2025, 5, 3, 2025, 5, 5)]   // Saturday → Monday
    [InlineData(2025, 4, 26, 2025, 4, 26)] // make-up Saturday is itself a working day
    public void RollForward_ReturnsTheDayItself_WhenWorkingElseTheNextWorkingDay(int y, int m, int d, int ey, int em, int ed)
    {
        May2025.RollForward(D(y, m, d)).ShouldBe(D(ey, em, ed));
    }

    [Theory]
    [InlineData(1, 2025, 4, 29)]
    [InlineData(2, 2025, 5, 5)]  // 30/4–4/5 skipped
    [InlineData(3, 2025, 5, 6)]
    [InlineData(0, 2025, 4, 28)]
    [InlineData(-1, 2025, 4, 26)] // the make-up Saturday counts
    [InlineData(-2, 2025, 4, 25)]
    public void AddWorkingDays_DoesNotCountTheFirstDay_WhenCountingEitherWay(int n, int ey, int em, int ed)
    {
        // From Monday 28/4/2025.
        May2025.AddWorkingDays(D(2025, 4, 28), n).ShouldBe(D(ey, em, ed));
    }

    [Fact]
    public void AddWorkingDays_CountsBackwards_WhenStartingOnANonWorkingDay()
    {
        // "1 working day before" a due date on a holiday is the last working day before it.
        May2025.AddWorkingDays(D(2025, 5, 1), -1).ShouldBe(D(2025, 4, 29));
        May2025.AddWorkingDays(D(2025, 5, 1), 1).ShouldBe(D(2025, 5, 5));
    }

    [Theory]
    [InlineData(2025, 4, 28, 2025, 5, 6, 3)] // 29/4, 5/5, 6/5
    [InlineData(2025, 4, 25, 2025, 4, 26, 1)] // the make-up Saturday
    [InlineData(2025, 4, 29, 2025, 5, 4, 0)]  // only days off
    [InlineData(2025, 5, 6, 2025, 5, 6, 0)]   // empty range
    [InlineData(2025, 5, 6, 2025, 5, 1, 0)]   // reversed range
    public void CountWorkingDays_CountsWorkingDaysAfterFromUpToTo_WhenRangeIsGiven(int fy, int fm, int fd, int ty, int tm, int td, int expected)
    {
        May2025.CountWorkingDays(D(fy, fm, fd), D(ty, tm, td)).ShouldBe(expected);
    }

    [Fact]
    public void CountWorkingDays_InvertsAddWorkingDays_WhenCountIsUpToAYear()
    {
        var start = D(2025, 4, 20);
        for (var n = 0; n <= 260; n++)
        {
            May2025.CountWorkingDays(start, May2025.AddWorkingDays(start, n)).ShouldBe(n);
        }
    }

    [Fact]
    public void NextWorkingDay_Throws_WhenNoWorkingDayWithinAYear()
    {
        var everyDayOff = Enumerable.Range(0, 400)
            .Select(i => new CalendarDay(D(2030, 1, 1).AddDays(i), CalendarDayType.Holiday, "Nghỉ", "Off"));
        var calendar = new WorkCalendar(everyDayOff);

        var ex = Should.Throw<InvalidOperationException>(() => calendar.NextWorkingDay(D(2029, 12, 31)));
        ex.Message.ShouldContain("No working day within 366 days after 2029-12-31");
        Should.Throw<InvalidOperationException>(() => calendar.AddWorkingDays(D(2029, 12, 31), 1));
        Should.Throw<InvalidOperationException>(() => calendar.RollForward(D(2030, 1, 5)));
    }

    [Fact]
    public void Ctor_Throws_WhenTwoEntriesShareADate()
    {
        var ex = Should.Throw<ArgumentException>(() => new WorkCalendar(
        [
            new(D(2026, 4, 30), CalendarDayType.Holiday, "Ngày Chiến thắng", "Reunification Day"),
            new(D(2026, 4, 30), CalendarDayType.Observance, "Trùng", "Duplicate"),
        ]));

        ex.Message.ShouldContain("2026-04-30");
    }

    [Fact]
    public void Ctor_Throws_WhenEveryDayIsARestDay()
    {
        Should.Throw<ArgumentException>(() => new WorkCalendar([], Enum.GetValues<DayOfWeek>()));
    }

    [Fact]
    public void Ctor_Throws_WhenDaysIsNull()
    {
        Should.Throw<ArgumentNullException>(() => new WorkCalendar(null!));
    }

    [Fact]
    public void Ctor_Throws_WhenAnEntryIsNullOrHasAnUndefinedType()
    {
        Should.Throw<ArgumentException>(() => new WorkCalendar([null!]));
        Should.Throw<ArgumentException>(() => new WorkCalendar([new(D(2026, 1, 1), (CalendarDayType)42, "x", "x")]));
    }

    [Fact]
    public void Days_AreInDateOrder_WhenGivenOutOfOrder()
    {
        var calendar = new WorkCalendar(
        [
            new(D(2026, 9, 2), CalendarDayType.Holiday, "Quốc khánh", "National Day"),
            new(D(2026, 1, 1), CalendarDayType.Holiday, "Tết Dương lịch", "New Year's Day"),
        ]);

        calendar.Days.Select(d => d.Date).ShouldBe([D(2026, 1, 1), D(2026, 9, 2)]);
        calendar.GetDay(D(2026, 9, 2))!.NameEn.ShouldBe("National Day");
        calendar.GetDay(D(2026, 9, 3)).ShouldBeNull();
    }

    [Fact]
    public void Offset_IsSevenHours_WhenRead()
    {
        WorkCalendar.Offset.ShouldBe(TimeSpan.FromHours(7));
    }

    [Theory]
    [InlineData("2026-03-03T16:59:59+00:00", 2026, 3, 3)]
    [InlineData("2026-03-03T17:00:00+00:00", 2026, 3, 4)] // midnight in Hà Nội
    [InlineData("2026-03-04T06:00:00+08:00", 2026, 3, 4)]
    [InlineData("2026-03-03T23:30:00+07:00", 2026, 3, 3)]
    public void ToLocalDate_ReturnsTheHanoiDate_WhenInstantHasAnyOffset(string instant, int y, int m, int d)
    {
        WorkCalendar.ToLocalDate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(D(y, m, d));
    }

    [Fact]
    public void EndOfDay_IsMidnightOfTheNextDayAtPlus7_WhenGivenADate()
    {
        var end = WorkCalendar.EndOfDay(D(2026, 3, 3));

        end.ShouldBe(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.FromHours(7)));
        end.Offset.ShouldBe(TimeSpan.FromHours(7));
        end.UtcDateTime.ShouldBe(new DateTime(2026, 3, 3, 17, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void AtLocalTime_ReturnsTheInstantAtPlus7_WhenGivenADateAndTime()
    {
        WorkCalendar.AtLocalTime(D(2026, 3, 3), new TimeOnly(8, 0))
            .UtcDateTime.ShouldBe(new DateTime(2026, 3, 3, 1, 0, 0, DateTimeKind.Utc));
        WorkCalendar.StartOfDay(D(2026, 3, 3)).ShouldBe(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.FromHours(7)));
    }

    private static readonly WorkCalendar Vietnam = WorkCalendar.CreateDefault(2025, 2027);

    [Theory]
    [InlineData(2026, 2, 13, true)]  // Friday before Tết
    [InlineData(2026, 2, 14, false)] // Tết break starts (Saturday)
    [InlineData(2026, 2, 16, false)] // Monday in the break
    [InlineData(2026, 2, 17, false)] // lunar 1/1 Bính Ngọ
    [InlineData(2026, 2, 20, false)] // Friday in the break
    [InlineData(2026, 2, 22, false)] // last day of the break (Sunday)
    [InlineData(2026, 2, 23, true)]  // back to work
    [InlineData(2026, 1, 2, false)]  // Friday swapped off
    [InlineData(2026, 1, 10, true)]  // make-up Saturday
    [InlineData(2026, 1, 17, false)] // ordinary Saturday
    [InlineData(2026, 4, 24, true)]  // Friday before Giỗ Tổ
    [InlineData(2026, 4, 27, false)] // Monday in lieu of Giỗ Tổ (Sun 26/4)
    [InlineData(2026, 4, 28, true)]
    [InlineData(2026, 4, 29, true)]
    [InlineData(2026, 4, 30, false)]
    [InlineData(2026, 5, 1, false)]
    [InlineData(2026, 5, 4, true)]
    [InlineData(2026, 8, 22, true)]  // make-up Saturday (proposed)
    [InlineData(2026, 8, 31, false)] // Monday swapped off (proposed)
    [InlineData(2026, 9, 1, false)]
    [InlineData(2026, 9, 3, true)]
    [InlineData(2025, 4, 26, true)]  // make-up Saturday 2025
    [InlineData(2025, 5, 2, false)]  // Friday swapped off 2025
    [InlineData(2025, 5, 5, true)]
    [InlineData(2025, 1, 24, true)]  // Friday before Tết Ất Tỵ
    [InlineData(2025, 1, 27, false)]
    [InlineData(2025, 2, 3, true)]
    [InlineData(2025, 4, 7, false)]  // Giỗ Tổ 2025
    [InlineData(2025, 9, 1, false)]
    [InlineData(2027, 2, 10, false)] // computed day in lieu for Tết 2027
    [InlineData(2027, 2, 12, true)]
    public void IsWorkingDay_MatchesTheVietnameseCalendar_WhenBuiltFromTheCatalog(int year, int month, int day, bool expected)
    {
        Vietnam.IsWorkingDay(D(year, month, day)).ShouldBe(expected);
    }

    [Fact]
    public void NextWorkingDay_SkipsTheWholeTetBreak_WhenStartingOnTheLastDayBeforeIt()
    {
        Vietnam.NextWorkingDay(D(2026, 2, 13)).ShouldBe(D(2026, 2, 23));
        Vietnam.PreviousWorkingDay(D(2026, 2, 23)).ShouldBe(D(2026, 2, 13));
        Vietnam.CountWorkingDays(D(2026, 2, 13), D(2026, 2, 23)).ShouldBe(1);
    }

    [Fact]
    public void CreateDefault_ReplacesTheCatalogEntry_WhenAnOverrideHasTheSameDate()
    {
        // Say Tết 2027 is confirmed as 4/2–10/2 with Thursday 11/2 a working day again.
        var confirmed = Enumerable.Range(0, 7)
            .Select(i => new CalendarDay(D(2027, 2, 4).AddDays(i), CalendarDayType.Holiday, "Tết Nguyên đán Đinh Mùi", "Lunar New Year (Tết)",
                CalendarDayStatus.Official, "QĐ giả định"))
            .Append(new CalendarDay(D(2027, 2, 11), CalendarDayType.Observance, "Ngày làm việc", "Working day"));

        var calendar = WorkCalendar.CreateDefault(2027, 2027, confirmed);

        calendar.IsWorkingDay(D(2027, 2, 4)).ShouldBeFalse();
        calendar.IsWorkingDay(D(2027, 2, 11)).ShouldBeTrue();
        calendar.GetDay(D(2027, 2, 5))!.Status.ShouldBe(CalendarDayStatus.Official);
        calendar.GetDay(D(2027, 4, 16))!.NameVi.ShouldBe("Giỗ Tổ Hùng Vương"); // untouched
        Vietnam.IsWorkingDay(D(2027, 2, 11)).ShouldBeFalse(); // the catalog's proposal
    }

    [Fact]
    public void CreateDefault_Throws_WhenTwoOverridesShareADate()
    {
        Should.Throw<ArgumentException>(() => WorkCalendar.CreateDefault(2027, 2027,
        [
            new(D(2027, 3, 1), CalendarDayType.Holiday, "a", "a"),
            new(D(2027, 3, 1), CalendarDayType.Observance, "b", "b"),
        ]));
    }

    [Theory]
    [InlineData(2027, 2026)]
    [InlineData(1899, 2025)]
    [InlineData(2025, 2200)]
    public void CreateDefault_Throws_WhenYearsAreOutOfRange(int first, int last)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => WorkCalendar.CreateDefault(first, last));
    }

    [Fact]
    public void IsWorkingDay_KnowsOnlyWeekends_WhenDateIsOutsideTheYearsLoaded()
    {
        Vietnam.IsWorkingDay(D(2028, 1, 1)).ShouldBeFalse(); // a Saturday
        Vietnam.IsWorkingDay(D(2028, 1, 26)).ShouldBeTrue(); // Tết 2028, not loaded
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}

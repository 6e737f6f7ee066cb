using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class HolidayCatalogFacts
{
    [Fact]
    public void ForYear_ListsTheAnnounced2026Entries_WhenYearIs2026()
    {
        var days = HolidayCatalog.ForYear(2026).ToDictionary(d => d.Date);

        days[D(2026, 1, 1)].Type.ShouldBe(CalendarDayType.Holiday);
        days[D(2026, 1, 2)].Type.ShouldBe(CalendarDayType.SwappedOff);
        days[D(2026, 1, 10)].Type.ShouldBe(CalendarDayType.MakeUpWorkday);
        days[D(2026, 1, 10)].Source.ShouldBe("12729/VPCP-KGVX");
        Range(D(2026, 2, 14), D(2026, 2, 22)).ShouldAllBe(d => days[d].Type == CalendarDayType.Holiday);
        days[D(2026, 2, 17)].NameVi.ShouldBe("Tết Nguyên đán Bính Ngọ");
        days.ContainsKey(D(2026, 2, 13)).ShouldBeFalse();
        days.ContainsKey(D(2026, 2, 23)).ShouldBeFalse();
        days[D(2026, 4, 26)].Type.ShouldBe(CalendarDayType.Holiday);
        days[D(2026, 4, 27)].Type.ShouldBe(CalendarDayType.CompensatoryOff);
        Range(D(2026, 4, 30), D(2026, 5, 3)).ShouldAllBe(d => days[d].Type == CalendarDayType.Holiday);
        days.Values.Where(d => d.Date < D(2026, 8, 1)).ShouldAllBe(d => d.Status == CalendarDayStatus.Official);
    }

    [Fact]
    public void ForYear_MarksTheNationalDayProposalProposed_WhenYearIs2026()
    {
        var days = HolidayCatalog.ForYear(2026).Where(d => d.Date >= D(2026, 8, 1)).ToList();

        days.Select(d => (d.Date, d.Type)).ShouldBe(
        [
            (D(2026, 8, 22), CalendarDayType.MakeUpWorkday),
            (D(2026, 8, 29), CalendarDayType.Holiday),
            (D(2026, 8, 30), CalendarDayType.Holiday),
            (D(2026, 8, 31), CalendarDayType.SwappedOff),
            (D(2026, 9, 1), CalendarDayType.Holiday),
            (D(2026, 9, 2), CalendarDayType.Holiday),
        ]);
        days.ShouldAllBe(d => d.Status == CalendarDayStatus.Proposed);
    }

    [Fact]
    public void ForYear_ListsTheAnnounced2025Entries_WhenYearIs2025()
    {
        var days = HolidayCatalog.ForYear(2025).ToDictionary(d => d.Date);

        days[D(2025, 1, 1)].Type.ShouldBe(CalendarDayType.Holiday);
        Range(D(2025, 1, 25), D(2025, 2, 2)).ShouldAllBe(d => days[d].Type == CalendarDayType.Holiday);
        days[D(2025, 4, 7)].NameVi.ShouldBe("Giỗ Tổ Hùng Vương");
        days[D(2025, 4, 26)].Type.ShouldBe(CalendarDayType.MakeUpWorkday);
        days[D(2025, 4, 30)].Type.ShouldBe(CalendarDayType.Holiday);
        days[D(2025, 5, 1)].Type.ShouldBe(CalendarDayType.Holiday);
        days[D(2025, 5, 2)].Type.ShouldBe(CalendarDayType.SwappedOff);
        days[D(2025, 5, 4)].Type.ShouldBe(CalendarDayType.Holiday);
        Range(D(2025, 8, 30), D(2025, 9, 2)).ShouldAllBe(d => days[d].Type == CalendarDayType.Holiday);
        days.Values.ShouldAllBe(d => d.Status == CalendarDayStatus.Official);
    }

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    [InlineData(2100)]
    public void ForYear_ReturnsEntriesInDateOrderWithinTheYear_WhenYearIsSupported(int year)
    {
        var days = HolidayCatalog.ForYear(year);

        days.Select(d => d.Date).ShouldBeInOrder(SortDirection.Ascending);
        days.Select(d => d.Date).Distinct().Count().ShouldBe(days.Count);
        days.ShouldAllBe(d => d.Date.Year == year);
        days.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.NameVi) && !string.IsNullOrWhiteSpace(d.NameEn));
    }

    [Fact]
    public void ComputeDefault_ProposesTheStatutoryDays_WhenYearIs2027()
    {
        var days = HolidayCatalog.ForYear(2027);

        // Tết Đinh Mùi is Saturday 6/2/2027: the eve (Fri 5/2) and lunar 1/1–4/1 (6/2–9/2);
        // Saturday 6/2 and Sunday 7/2 are made up on Wed 10/2 and Thu 11/2. 1/5 is a Saturday
        // → Monday 3/5. 2/9 is a Thursday → 3/9 joins it to the weekend.
        days.Select(d => (d.Date, d.Type)).ShouldBe(
        [
            (D(2027, 1, 1), CalendarDayType.Holiday),
            (D(2027, 2, 5), CalendarDayType.Holiday),
            (D(2027, 2, 6), CalendarDayType.Holiday),
            (D(2027, 2, 7), CalendarDayType.Holiday),
            (D(2027, 2, 8), CalendarDayType.Holiday),
            (D(2027, 2, 9), CalendarDayType.Holiday),
            (D(2027, 2, 10), CalendarDayType.CompensatoryOff),
            (D(2027, 2, 11), CalendarDayType.CompensatoryOff),
            (D(2027, 4, 16), CalendarDayType.Holiday), // Giỗ Tổ, lunar 10/3
            (D(2027, 4, 30), CalendarDayType.Holiday),
            (D(2027, 5, 1), CalendarDayType.Holiday),
            (D(2027, 5, 3), CalendarDayType.CompensatoryOff),
            (D(2027, 9, 2), CalendarDayType.Holiday),
            (D(2027, 9, 3), CalendarDayType.Holiday),
        ]);
        days.ShouldAllBe(d => d.Status == CalendarDayStatus.Proposed);
    }

    [Fact]
    public void ComputeDefault_AgreesWithTheAnnouncement_WhereThe2026AnnouncementFollowsTheLaw()
    {
        var computed = HolidayCatalog.ComputeDefault(2026).ToDictionary(d => d.Date, d => d.Type);

        // The announced break 14–22/2 holds the five statutory Tết days Mon 16/2 – Fri 20/2.
        Range(D(2026, 2, 16), D(2026, 2, 20)).ShouldAllBe(d => computed[d] == CalendarDayType.Holiday);
        computed[D(2026, 4, 26)].ShouldBe(CalendarDayType.Holiday);
        computed[D(2026, 4, 27)].ShouldBe(CalendarDayType.CompensatoryOff);
        computed[D(2026, 9, 1)].ShouldBe(CalendarDayType.Holiday);
        computed[D(2026, 9, 2)].ShouldBe(CalendarDayType.Holiday);
    }

    [Theory]
    [InlineData(2021, 3)] // Thursday 2/9 → Friday 3/9
    [InlineData(2022, 1)] // Friday → Thursday 1/9
    [InlineData(2023, 1)] // Saturday → Friday 1/9 (and Monday 4/9 in lieu)
    [InlineData(2024, 3)] // Monday → Tuesday 3/9
    [InlineData(2025, 1)] // Tuesday → Monday 1/9
    [InlineData(2026, 1)] // Wednesday → Tuesday 1/9, as proposed
    [InlineData(2029, 3)] // Sunday → Monday 3/9 (and Tuesday 4/9 in lieu)
    public void ComputeDefault_AddsTheNationalDayNeighbourThatJoinsTheWeekend_WhenYearIsGiven(int year, int adjacentDay)
    {
        var september = HolidayCatalog.ComputeDefault(year)
            .Where(d => d.Date.Month == 9 && d.Type == CalendarDayType.Holiday)
            .Select(d => d.Date.Day);

        september.ShouldBe(new[] { 2, adjacentDay }.Order());
    }

    [Fact]
    public void ComputeDefault_GivesTwoDaysInLieu_WhenAHolidayAndItsNeighbourFallOnTheWeekend()
    {
        // 2023: Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon → in lieu Tue 2/5 and Wed 3/5 (the 2023 break was 29/4–3/5).
        var days = HolidayCatalog.ComputeDefault(2023).Where(d => d.Date.Month is 4 or 5).ToList();

        days.Where(d => d.Type == CalendarDayType.CompensatoryOff).Select(d => d.Date)
            .ShouldBe([D(2023, 5, 2), D(2023, 5, 3)]);
        days.Single(d => d.Date == D(2023, 5, 2)).NameVi.ShouldBe("Nghỉ bù Giỗ Tổ Hùng Vương (29/4)");
    }

    [Fact]
    public void ComputeDefault_GivesADayInLieu_WhenTwoHolidaysShareADate()
    {
        // In 1947 lunar 10/3 fell on Wednesday 30/4; 1/5 is Labour Day, so the day in lieu is Friday 2/5.
        var days = HolidayCatalog.ComputeDefault(1947);

        days.Count(d => d.Date == D(1947, 4, 30)).ShouldBe(1);
        days.Single(d => d.Type == CalendarDayType.CompensatoryOff && d.Date.Month == 5).Date.ShouldBe(D(1947, 5, 2));
    }

    [Fact]
    public void ComputeDefault_PlacesDaysInLieuByTheGivenRestDays_WhenRestDaysAreCustom()
    {
        // With only Sunday off, Saturday 1/5/2027 is a working day's holiday and gets nothing in lieu.
        var days = HolidayCatalog.ComputeDefault(2027, [DayOfWeek.Sunday]);

        days.ShouldNotContain(d => d.Date == D(2027, 5, 3));
        days.Where(d => d.Type == CalendarDayType.CompensatoryOff).Select(d => d.Date).ShouldBe([D(2027, 2, 10)]);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2200)]
    public void ForYear_Throws_WhenYearIsOutsideTheLunarRange(int year)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => HolidayCatalog.ForYear(year));
    }

    private static IEnumerable<DateOnly> Range(DateOnly first, DateOnly last)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return date;
        }
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}

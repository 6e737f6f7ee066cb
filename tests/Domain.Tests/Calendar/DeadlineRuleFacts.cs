using System.Text.Json;
using CsCheck;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class DeadlineRuleFacts
{
    // 2025–2028 so that deadlines computed from starts in 2027 still see real holidays.
    private static readonly WorkCalendar Vietnam = WorkCalendar.CreateDefault(2025, 2028);

    [Theory]
    [InlineData("WorkingDays:10", DeadlineBasis.WorkingDays, 10, 0, 0)]
    [InlineData("CalendarDays:30", DeadlineBasis.CalendarDays, 30, 0, 0)]
    [InlineData("CalendarDays:0", DeadlineBasis.CalendarDays, 0, 0, 0)]
    [InlineData("FixedDate:06-10", DeadlineBasis.FixedDate, 0, 6, 10)]
    [InlineData("FixedDate:02-29", DeadlineBasis.FixedDate, 0, 2, 29)]
    [InlineData("FixedDate:2028-02-29", DeadlineBasis.FixedDate, 0, 2, 29)]
    [InlineData("DayOfMonth:25", DeadlineBasis.DayOfMonth, 0, 0, 25)]
    public void Parse_ReadsEveryBasis_WhenTextIsCanonical(string text, DeadlineBasis basis, int days, int month, int day)
    {
        var rule = DeadlineRule.Parse(text);

        rule.Basis.ShouldBe(basis);
        rule.Days.ShouldBe(days);
        rule.Month.ShouldBe(month);
        rule.Day.ShouldBe(day);
        rule.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData(" workingdays : 10 ", "WorkingDays:10")]
    [InlineData("FIXEDDATE:12-15", "FixedDate:12-15")]
    [InlineData("dayofmonth:5", "DayOfMonth:5")]
    [InlineData("WorkingDays:007", "WorkingDays:7")]
    public void Parse_NormalisesCaseAndSpaces_WhenTextIsLoose(string text, string canonical)
    {
        DeadlineRule.Parse(text).ToString().ShouldBe(canonical);
    }

    [Fact]
    public void Parse_EqualsTheFactory_WhenTextDescribesTheSameRule()
    {
        DeadlineRule.Parse("WorkingDays:10").ShouldBe(DeadlineRule.WorkingDays(10));
        DeadlineRule.Parse("FixedDate:06-10").ShouldBe(DeadlineRule.FixedDate(6, 10));
        DeadlineRule.Parse("FixedDate:2026-06-10").ShouldBe(DeadlineRule.FixedDate(new DateOnly(2026, 6, 10)));
        DeadlineRule.Parse("FixedDate:2026-06-10").Year.ShouldBe(2026);
        DeadlineRule.Parse("FixedDate:2026-06-10").ShouldNotBe(DeadlineRule.FixedDate(6, 10));
        DeadlineRule.Parse("DayOfMonth:25").ShouldNotBe(DeadlineRule.DayOfMonth(24));
        DeadlineRule.Parse("CalendarDays:10").ShouldNotBe(DeadlineRule.WorkingDays(10));
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("   ", "is empty")]
    [InlineData("WorkingDays", "has no ':'")]
    [InlineData("Weeks:2", "unknown basis 'Weeks'")]
    [InlineData("1:10", "unknown basis '1'")]
    [InlineData("CalendarDays,WorkingDays:3", "unknown basis")]
    [InlineData("WorkingDays:-1", "whole number of days from 0 to 3660")]
    [InlineData("WorkingDays:+5", "whole number of days")]
    [InlineData("WorkingDays:1.5", "whole number of days")]
    [InlineData("WorkingDays:", "whole number of days")]
    [InlineData("CalendarDays:3661", "whole number of days from 0 to 3660")]
    [InlineData("CalendarDays:99999999999", "whole number of days")]
    [InlineData("FixedDate:6-10", "MM-dd")]
    [InlineData("FixedDate:13-01", "MM-dd")]
    [InlineData("FixedDate:02-30", "MM-dd")]
    [InlineData("FixedDate:10/06", "MM-dd")]
    [InlineData("FixedDate:06-10-2026", "yyyy-MM-dd")]
    [InlineData("FixedDate:2026-02-29", "yyyy-MM-dd")]
    [InlineData("FixedDate:2026-13-01", "yyyy-MM-dd")]
    [InlineData("FixedDate:1800-06-10", "years the work calendar counts")]
    [InlineData("DayOfMonth:0", "day of the month from 1 to 31")]
    [InlineData("DayOfMonth:32", "day of the month from 1 to 31")]
    [InlineData("DayOfMonth:last", "day of the month from 1 to 31")]
    public void Parse_ThrowsFormatExceptionSayingWhy_WhenTextIsInvalid(string text, string reason)
    {
        var ex = Should.Throw<FormatException>(() => DeadlineRule.Parse(text));

        ex.Message.ShouldContain(reason);
        ex.Message.ShouldContain("Accepted forms: CalendarDays:<days>, WorkingDays:<days>, FixedDate:<MM-dd>, FixedDate:<yyyy-MM-dd>, DayOfMonth:<day>");
        ex.Message.ShouldNotContain("\n");
        if (!string.IsNullOrWhiteSpace(text))
        {
            ex.Message.ShouldContain($"'{text}'");
        }

        DeadlineRule.TryParse(text, out var rule).ShouldBeFalse();
        rule.ShouldBeNull();
    }

    [Fact]
    public void Parse_ThrowsArgumentNull_WhenTextIsNull()
    {
        Should.Throw<ArgumentNullException>(() => DeadlineRule.Parse(null!));
        DeadlineRule.TryParse(null, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParse_ReturnsTheRule_WhenTextIsValid()
    {
        DeadlineRule.TryParse("WorkingDays:5", out var rule).ShouldBeTrue();
        rule.ShouldBe(DeadlineRule.WorkingDays(5));
    }

    [Fact]
    public void Factories_Throw_WhenValuesAreOutOfRange()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineRule.WorkingDays(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineRule.CalendarDays(DeadlineRule.MaxDays + 1));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineRule.FixedDate(2, 30));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineRule.FixedDate(0, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineRule.DayOfMonth(0));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineRule.DayOfMonth(32));
    }

    [Fact]
    public void Compute_SkipsTheTetBreak_WhenCountingTenWorkingDaysFrom10February2026()
    {
        // Start Tue 10/2/2026 (not counted):
        //  1 Wed 11/2   2 Thu 12/2   3 Fri 13/2
        //    Sat 14/2 – Sun 22/2: Tết Bính Ngọ break, not counted
        //  4 Mon 23/2   5 Tue 24/2   6 Wed 25/2   7 Thu 26/2   8 Fri 27/2
        //    Sat 28/2, Sun 1/3
        //  9 Mon 2/3   10 Tue 3/3
        DeadlineRule.Parse("WorkingDays:10").Compute(new DateOnly(2026, 2, 10), Vietnam).ShouldBe(new DateOnly(2026, 3, 3));
    }

    [Theory]
    // Working days
    [InlineData("WorkingDays:1", "2026-02-13", "2026-02-23")] // Fri before Tết → Mon after
    [InlineData("WorkingDays:3", "2026-04-24", "2026-05-04")] // 28/4, 29/4, 4/5 (27/4 in lieu, 30/4–3/5 off)
    [InlineData("WorkingDays:5", "2025-04-23", "2025-04-29")] // make-up Saturday 26/4/2025 counts
    [InlineData("WorkingDays:0", "2026-03-03", "2026-03-03")] // a working day is its own day
    [InlineData("WorkingDays:0", "2026-03-07", "2026-03-09")] // Saturday → Monday
    // Calendar days, rolled forward (art. 148)
    [InlineData("CalendarDays:30", "2026-01-15", "2026-02-23")] // Sat 14/2 in the Tết break → Mon 23/2
    [InlineData("CalendarDays:5", "2026-04-22", "2026-04-28")]  // Mon 27/4 is the day in lieu of Giỗ Tổ
    [InlineData("CalendarDays:45", "2026-07-01", "2026-08-17")] // Sat 15/8 → Mon 17/8
    [InlineData("CalendarDays:7", "2026-03-03", "2026-03-10")]  // already a working day
    [InlineData("CalendarDays:0", "2026-03-07", "2026-03-09")]
    // Fixed date: this year, or next year once past
    [InlineData("FixedDate:2026-06-10", "2026-01-15", "2026-06-10")]
    [InlineData("FixedDate:2026-06-10", "2026-11-26", "2026-06-10")] // a dated rule keeps its year: overdue at once, not next year
    [InlineData("FixedDate:2027-02-14", "2026-11-26", "2027-02-15")] // Sunday → Monday
    [InlineData("FixedDate:06-10", "2026-01-15", "2026-06-10")]
    [InlineData("FixedDate:06-10", "2026-06-10", "2026-06-10")] // starting on the day: due that day
    [InlineData("FixedDate:06-10", "2026-06-11", "2027-06-10")]
    [InlineData("FixedDate:02-14", "2026-01-05", "2026-02-23")] // Tết → first working day after
    [InlineData("FixedDate:02-29", "2027-01-10", "2027-03-01")] // 28/2/2027 is a Sunday
    [InlineData("FixedDate:02-29", "2028-01-10", "2028-02-29")]
    // Day of month: this month, or next month once past; clamped to the month's end
    [InlineData("DayOfMonth:25", "2026-03-10", "2026-03-25")]
    [InlineData("DayOfMonth:25", "2026-03-26", "2026-04-28")] // Sat 25/4, Sun 26/4 Giỗ Tổ, Mon 27/4 in lieu
    [InlineData("DayOfMonth:31", "2026-02-03", "2026-03-02")] // 28/2 is a Saturday
    [InlineData("DayOfMonth:31", "2026-04-01", "2026-05-04")] // 30/4 → through the 30/4–3/5 break
    [InlineData("DayOfMonth:15", "2026-12-20", "2027-01-15")] // across the year end
    public void Compute_ReturnsTheDueDate_WhenRuleAndStartAreGiven(string rule, string start, string expected)
    {
        DeadlineRule.Parse(rule).Compute(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Vietnam)
            .ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Compute_Throws_WhenCalendarIsNull()
    {
        Should.Throw<ArgumentNullException>(() => DeadlineRule.WorkingDays(1).Compute(new DateOnly(2026, 3, 3), null!));
    }

    [Fact]
    public void DueAt_IsMidnightEndingTheDueDayInHanoi_WhenGivenADueDate()
    {
        DeadlineRule.DueAt(new DateOnly(2026, 3, 3)).ShouldBe(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.FromHours(7)));
    }

    [Fact]
    public void Json_StoresTheStringForm_WhenSerialised()
    {
        var json = JsonSerializer.Serialize(new Step("Báo cáo", DeadlineRule.FixedDate(6, 10)));

        json.ShouldContain("\"Due\":\"FixedDate:06-10\"");
        JsonSerializer.Deserialize<Step>(json)!.Due.ShouldBe(DeadlineRule.FixedDate(6, 10));
    }

    [Theory]
    [InlineData("{\"Name\":\"x\",\"Due\":\"Weeks:2\"}", "unknown basis")]
    [InlineData("{\"Name\":\"x\",\"Due\":10}", "JSON string")]
    public void Json_ThrowsJsonException_WhenTheRuleIsInvalid(string json, string reason)
    {
        var ex = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Step>(json));
        ex.Message.ShouldContain(reason);
    }

    [Fact]
    public void Compute_LandsOnAWorkingDayAfterExactlyNWorkingDays_WhenStartAndCountAreRandom()
    {
        Gen.Select(Gen.DateOnly[new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)], Gen.Int[1, 60])
            .Sample((start, n) =>
            {
                var due = DeadlineRule.WorkingDays(n).Compute(start, Vietnam);

                Vietnam.IsWorkingDay(due).ShouldBeTrue();
                Vietnam.CountWorkingDays(start, due).ShouldBe(n);
            }, iter: 2000);
    }

    [Fact]
    public void Compute_LandsOnTheFirstWorkingDayFromStartPlusN_WhenStartAndCalendarDaysAreRandom()
    {
        Gen.Select(Gen.DateOnly[new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)], Gen.Int[1, 60])
            .Sample((start, n) =>
            {
                var due = DeadlineRule.CalendarDays(n).Compute(start, Vietnam);

                Vietnam.IsWorkingDay(due).ShouldBeTrue();
                due.ShouldBeGreaterThanOrEqualTo(start.AddDays(n));

                // Nothing earlier would do: every day from start + n up to the due date is off.
                Vietnam.CountWorkingDays(start.AddDays(n - 1), due.AddDays(-1)).ShouldBe(0);
            }, iter: 2000);
    }

    [Fact]
    public void Compute_LandsOnAWorkingDayNoEarlierThanStart_WhenFixedOrMonthlyRuleIsRandom()
    {
        var rules = Gen.OneOf(
            Gen.Select(Gen.Int[1, 12], Gen.Int[1, 28], (m, d) => DeadlineRule.FixedDate(m, d)),
            Gen.Int[1, 31].Select(DeadlineRule.DayOfMonth));

        Gen.Select(Gen.DateOnly[new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)], rules)
            .Sample((start, rule) =>
            {
                var due = rule.Compute(start, Vietnam);

                Vietnam.IsWorkingDay(due).ShouldBeTrue();
                due.ShouldBeGreaterThanOrEqualTo(start);
                due.ShouldBeLessThanOrEqualTo(start.AddYears(1).AddDays(14));
                DeadlineRule.Parse(rule.ToString()).ShouldBe(rule);
            }, iter: 2000);
    }

    private sealed record Step(string Name, DeadlineRule Due);
}

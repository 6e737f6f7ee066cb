using System.Globalization;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class DeadlineStatesFacts
{
    private static readonly WorkCalendar Vietnam = WorkCalendar.CreateDefault(2025, 2027);

    // Due Tuesday 3/3/2026; the deadline ends at 2026-03-04T00:00+07:00 = 2026-03-03T17:00Z.
    private static readonly DateOnly Due = new(2026, 3, 3);

    [Fact]
    public void Derive_ReturnsNotStarted_WhenTheTaskHasNotStarted()
    {
        Derive(started: false, Due, completedAt: null, now: "2026-02-01T09:00+07:00").ShouldBe(DeadlineState.NotStarted);
        Derive(started: false, Due, completedAt: null, now: "2026-03-10T09:00+07:00").ShouldBe(DeadlineState.NotStarted);
    }

    [Fact]
    public void Derive_ReturnsNoDeadline_WhenTheTaskHasNoDueDate()
    {
        Derive(started: true, dueOn: null, completedAt: null, now: "2026-03-10T09:00+07:00").ShouldBe(DeadlineState.NoDeadline);
        Derive(started: true, dueOn: null, completedAt: "2026-03-09T09:00+07:00", now: "2026-03-10T09:00+07:00")
            .ShouldBe(DeadlineState.NoDeadline);
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00+07:00")]
    [InlineData("2026-03-03T23:59:59+07:00")]
    [InlineData("2026-03-03T16:59:59+00:00")] // 23:59:59 in Hà Nội
    public void Derive_ReturnsDoneOnTime_WhenCompletedByTheEndOfTheDueDay(string completedAt)
    {
        Derive(started: true, Due, completedAt, now: "2026-03-20T09:00+07:00").ShouldBe(DeadlineState.DoneOnTime);
    }

    [Theory]
    [InlineData("2026-03-04T00:00:00+07:00")] // exactly 24:00: the due day is over
    [InlineData("2026-03-04T00:00:01+07:00")]
    [InlineData("2026-03-03T17:30:00+00:00")] // still 3/3 in UTC, but 00:30 on 4/3 in Hà Nội
    [InlineData("2026-03-10T08:00:00+07:00")]
    public void Derive_ReturnsDoneLate_WhenCompletedAfterTheEndOfTheDueDay(string completedAt)
    {
        Derive(started: true, Due, completedAt, now: "2026-03-20T09:00+07:00").ShouldBe(DeadlineState.DoneLate);
    }

    [Fact]
    public void Derive_JudgesCompletion_WhenTheTaskWasNeverMarkedStarted()
    {
        Derive(started: false, Due, completedAt: "2026-03-02T10:00+07:00", now: "2026-03-20T09:00+07:00")
            .ShouldBe(DeadlineState.DoneOnTime);
    }

    [Theory]
    [InlineData("2026-03-04T00:00:00+07:00")] // exactly 24:00: the due day is over
    [InlineData("2026-03-03T17:00:00+00:00")]
    [InlineData("2026-04-01T09:00:00+07:00")]
    public void Derive_ReturnsOverdueOpen_WhenNowIsPastTheEndOfTheDueDay(string now)
    {
        Derive(started: true, Due, completedAt: null, now).ShouldBe(DeadlineState.OverdueOpen);
    }

    [Theory]
    [InlineData("2026-03-03T23:59:59+07:00")] // the last second of the due day
    [InlineData("2026-03-03T08:00:00+07:00")] // due today: 0 working days left
    [InlineData("2026-03-02T08:00:00+07:00")] // 1 left (3/3)
    [InlineData("2026-02-28T08:00:00+07:00")] // Saturday: 2 left (2/3, 3/3)
    [InlineData("2026-02-26T08:00:00+07:00")] // Thursday: 3 left (27/2, 2/3, 3/3)
    [InlineData("2026-02-25T17:30:00+00:00")] // still 25/2 in UTC, already 26/2 in Hà Nội
    public void Derive_ReturnsDueSoon_WhenAtMostThreeWorkingDaysRemain(string now)
    {
        Derive(started: true, Due, completedAt: null, now).ShouldBe(DeadlineState.DueSoon);
    }

    [Theory]
    [InlineData("2026-02-25T23:59:59+07:00")] // 4 left (26/2, 27/2, 2/3, 3/3)
    [InlineData("2026-02-10T08:00:00+07:00")]
    public void Derive_ReturnsOnTrack_WhenMoreThanThreeWorkingDaysRemain(string now)
    {
        Derive(started: true, Due, completedAt: null, now).ShouldBe(DeadlineState.OnTrack);
    }

    [Fact]
    public void Derive_CountsWorkingDaysNotCalendarDays_WhenTetLiesBeforeTheDueDate()
    {
        // Due Tue 24/2/2026, now Thu 12/2: twelve calendar days but only 13/2, 23/2 and 24/2 are working days.
        Derive(started: true, new DateOnly(2026, 2, 24), completedAt: null, now: "2026-02-12T09:00+07:00")
            .ShouldBe(DeadlineState.DueSoon);
        Derive(started: true, new DateOnly(2026, 2, 24), completedAt: null, now: "2026-02-11T09:00+07:00")
            .ShouldBe(DeadlineState.OnTrack);
    }

    [Theory]
    [InlineData(5, "2026-02-25T08:00:00+07:00", DeadlineState.DueSoon)]
    [InlineData(0, "2026-03-02T08:00:00+07:00", DeadlineState.OnTrack)]
    [InlineData(0, "2026-03-03T08:00:00+07:00", DeadlineState.DueSoon)]
    public void Derive_UsesTheGivenMargin_WhenDueSoonWorkingDaysIsSet(int margin, string now, DeadlineState expected)
    {
        DeadlineStates.Derive(true, Due, null, Parse(now), Vietnam, margin).ShouldBe(expected);
    }

    [Fact]
    public void Derive_Throws_WhenArgumentsAreInvalid()
    {
        Should.Throw<ArgumentNullException>(() => DeadlineStates.Derive(true, Due, null, Parse("2026-03-01T00:00+07:00"), null!));
        Should.Throw<ArgumentOutOfRangeException>(() => DeadlineStates.Derive(true, Due, null, Parse("2026-03-01T00:00+07:00"), Vietnam, -1));
    }

    [Theory]
    [InlineData(DeadlineState.NotStarted, "grey")]
    [InlineData(DeadlineState.OnTrack, "blue")]
    [InlineData(DeadlineState.DueSoon, "amber")]
    [InlineData(DeadlineState.OverdueOpen, "red")]
    [InlineData(DeadlineState.DoneOnTime, "green")]
    [InlineData(DeadlineState.DoneLate, "orange")]
    [InlineData(DeadlineState.NoDeadline, "grey")]
    public void ColourKey_ReturnsTheUiColour_WhenStateIsDefined(DeadlineState state, string colour)
    {
        state.ColourKey().ShouldBe(colour);
    }

    [Fact]
    public void ColourKey_Throws_WhenStateIsUndefined()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ((DeadlineState)99).ColourKey());
    }

    private static DeadlineState Derive(bool started, DateOnly? dueOn, string? completedAt, string now) =>
        DeadlineStates.Derive(started, dueOn, completedAt is null ? null : Parse(completedAt), Parse(now), Vietnam);

    private static DateTimeOffset Parse(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);
}

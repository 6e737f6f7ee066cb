using CsCheck;
using Supervision.Domain.Common;
using Supervision.Domain.Evaluations;

namespace Supervision.Domain.Tests.Evaluations;

public class Qd366Facts
{
    // 10 tasks, all on time, 3 exceeding: every extra condition of the top level holds.
    private static readonly TaskStats Perfect = new(assigned: 10, doneOnTime: 10, doneLate: 0, openOverdue: 0, exceeded: 3);

    [Theory]
    [InlineData(100, Rating.ExcellentlyCompleted)]
    [InlineData(90, Rating.ExcellentlyCompleted)]
    [InlineData(89.99, Rating.WellCompleted)]
    [InlineData(89, Rating.WellCompleted)]
    [InlineData(70, Rating.WellCompleted)]
    [InlineData(69.99, Rating.Completed)]
    [InlineData(69, Rating.Completed)]
    [InlineData(50, Rating.Completed)]
    [InlineData(49.99, Rating.NotCompleted)]
    [InlineData(49, Rating.NotCompleted)]
    [InlineData(0, Rating.NotCompleted)]
    public void Rate_FollowsTheScoreBands_WhenEveryTaskConditionHolds(double score, Rating expected)
    {
        Qd366.Rate((decimal)score, Perfect, hasDisciplineCase: false).ShouldBe(expected);
    }

    [Fact]
    public void Rate_NinetyWithoutThirtyPercentExceeded_IsWellCompleted()
    {
        var twentyNinePercent = new TaskStats(100, 100, 0, 0, 29);
        var thirtyPercent = new TaskStats(100, 100, 0, 0, 30);

        Qd366.Rate(95, twentyNinePercent, false).ShouldBe(Rating.WellCompleted);
        Qd366.Rate(95, thirtyPercent, false).ShouldBe(Rating.ExcellentlyCompleted);
    }

    [Fact]
    public void Rate_NinetyWithNinetyNinePercentOnTime_IsCompleted()
    {
        var ninetyNinePercent = new TaskStats(100, 99, 1, 0, 40);
        var hundredPercent = new TaskStats(100, 100, 0, 0, 40);

        Qd366.Rate(95, ninetyNinePercent, false).ShouldBe(Rating.Completed);
        Qd366.Rate(95, hundredPercent, false).ShouldBe(Rating.ExcellentlyCompleted);
        Qd366.Rate(75, ninetyNinePercent, false).ShouldBe(Rating.Completed);
        Qd366.Rate(75, hundredPercent, false).ShouldBe(Rating.WellCompleted);
    }

    [Fact]
    public void Rate_NinetyWithADisciplineCase_IsWellCompleted()
    {
        Qd366.Rate(95, Perfect, hasDisciplineCase: true).ShouldBe(Rating.WellCompleted);
    }

    [Fact]
    public void Rate_TwentyPercentBehindSchedule_IsStillCompleted_TwentyOneIsNot()
    {
        var twenty = new TaskStats(100, 80, 20, 0, 0);
        var twentyOne = new TaskStats(100, 79, 21, 0, 0);

        Qd366.Rate(80, twenty, false).ShouldBe(Rating.Completed);
        Qd366.Rate(80, twentyOne, false).ShouldBe(Rating.NotCompleted);
    }

    [Fact]
    public void Rate_WithATaskLeftUndone_IsNotCompleted()
    {
        var oneOverdue = new TaskStats(100, 99, 0, 1, 0);

        Qd366.Rate(80, oneOverdue, false).ShouldBe(Rating.NotCompleted);
    }

    [Fact]
    public void Rate_WithoutTasksInThePeriod_FollowsTheScore()
    {
        Qd366.Rate(92, TaskStats.None, false).ShouldBe(Rating.ExcellentlyCompleted);
        Qd366.Rate(60, TaskStats.None, false).ShouldBe(Rating.Completed);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Rate_IsNotPossible_OutsideTheHundredPointScale(double score)
    {
        Should.Throw<DomainException>(() => Qd366.Rate((decimal)score, Perfect, false));
    }

    [Fact]
    public void Rate_NeverDropsWhenTheScoreRises()
    {
        var stats = Gen.Int[0, 30].SelectMany(assigned =>
            Gen.Int[0, assigned].SelectMany(onTime =>
                Gen.Int[0, assigned - onTime].SelectMany(late =>
                    Gen.Int[0, assigned - onTime - late].SelectMany(overdue =>
                        Gen.Int[0, onTime + late].Select(exceeded => new TaskStats(assigned, onTime, late, overdue, exceeded))))));

        Gen.Select(stats, Gen.Int[0, 100], Gen.Int[0, 100], Gen.Bool).Sample((tasks, a, b, discipline) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            ((int)Qd366.Rate(low, tasks, discipline)).ShouldBeLessThanOrEqualTo((int)Qd366.Rate(high, tasks, discipline));
        });
    }
}

public class TaskStatsFacts
{
    [Fact]
    public void Rates_AreShares_OfTheAssignedTasks()
    {
        var stats = new TaskStats(assigned: 8, doneOnTime: 5, doneLate: 1, openOverdue: 1, exceeded: 2);

        stats.OnTimeRate.ShouldBe(0.625m);
        stats.LateRate.ShouldBe(0.25m);
        stats.ExceededRate.ShouldBe(0.25m);
        stats.OpenNotDue.ShouldBe(1);
    }

    [Fact]
    public void Rates_WithoutTasks_AreFullyOnTimeAndNeverLate()
    {
        TaskStats.None.OnTimeRate.ShouldBe(1m);
        TaskStats.None.LateRate.ShouldBe(0m);
    }

    [Fact]
    public void Create_IsNotPossible_WhenCountsExceedTheAssigned()
    {
        Should.Throw<DomainException>(() => new TaskStats(5, 4, 1, 1, 0));
    }

    [Fact]
    public void Create_IsNotPossible_WithMoreExceededThanDone()
    {
        Should.Throw<DomainException>(() => new TaskStats(5, 2, 0, 0, 3));
    }

    [Fact]
    public void Create_IsNotPossible_WithNegativeCounts()
    {
        Should.Throw<DomainException>(() => new TaskStats(5, -1, 0, 0, 0));
    }
}

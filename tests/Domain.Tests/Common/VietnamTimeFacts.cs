using Supervision.Domain.Common;

namespace Supervision.Domain.Tests.Common;

public class VietnamTimeFacts
{
    private static readonly DateOnly Due = new(2026, 6, 10);

    [Fact]
    public void EndOfDay_IsMidnightOfTheNextDayAtUtcPlus7()
    {
        VietnamTime.EndOfDay(Due).ShouldBe(new DateTimeOffset(2026, 6, 11, 0, 0, 0, TimeSpan.FromHours(7)));
        VietnamTime.EndOfDay(Due).UtcDateTime.ShouldBe(new DateTime(2026, 6, 10, 17, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void IsOnTime_IsTrue_AtTheLastSecondOfTheDueDay()
    {
        VietnamTime.IsOnTime(Times.At(2026, 6, 10, 23, 59, 59), Due).ShouldBeTrue();
    }

    [Fact]
    public void IsOnTime_IsFalse_AtMidnightEndingTheDueDay()
    {
        VietnamTime.IsOnTime(Times.At(2026, 6, 11), Due).ShouldBeFalse();
    }

    [Fact]
    public void IsOnTime_UsesVietnameseTime_ForInstantsGivenInUtc()
    {
        // 17:30 UTC on the due day is already 00:30 the next day in Hà Nội.
        var late = new DateTimeOffset(2026, 6, 10, 17, 30, 0, TimeSpan.Zero);
        var onTime = new DateTimeOffset(2026, 6, 10, 16, 30, 0, TimeSpan.Zero);

        VietnamTime.IsOnTime(late, Due).ShouldBeFalse();
        VietnamTime.IsOnTime(onTime, Due).ShouldBeTrue();
        VietnamTime.DateOf(late).ShouldBe(new DateOnly(2026, 6, 11));
    }
}

namespace Supervision.Domain.Tests;

/// <summary>Fixed instants in Vietnamese local time, so tests never depend on the clock.</summary>
internal static class Times
{
    public static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    public static readonly DateTimeOffset Now = At(2026, 3, 2, 9, 0);

    public static DateTimeOffset At(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, Vn);
}

namespace Supervision.Domain.Common;

/// <summary>
/// Deadline instants in Vietnamese civil time (UTC+7, no daylight saving). A due day ends at
/// 24:00 local time (Civil Code 2015), i.e. 00:00 +07:00 of the following day. Working days and
/// holidays are the calendar module's business, not this helper's.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = Calendar.WorkCalendar.Offset;

    /// <summary>The instant at which <paramref name="dueOn"/> is over.</summary>
    public static DateTimeOffset EndOfDay(DateOnly dueOn) => Calendar.WorkCalendar.EndOfDay(dueOn);

    /// <summary>The local calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => Calendar.WorkCalendar.ToLocalDate(instant);

    /// <summary>True when <paramref name="instant"/> falls on or before the due day, local time.</summary>
    public static bool IsOnTime(DateTimeOffset instant, DateOnly dueOn) => instant < EndOfDay(dueOn);

    /// <summary>True once the due day is over and the work is still open.</summary>
    public static bool IsPast(DateOnly dueOn, DateTimeOffset now) => now >= EndOfDay(dueOn);
}

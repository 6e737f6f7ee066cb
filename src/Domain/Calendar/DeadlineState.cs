using System.Text.Json.Serialization;
using Supervision.Domain.Common;

namespace Supervision.Domain.Calendar;

/// <summary>Where a task stands against its deadline. Derived on read, never stored.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineState>))]
public enum DeadlineState
{
    /// <summary>The task has not started (chưa thực hiện).</summary>
    NotStarted,

    /// <summary>Open, with more than the due-soon margin left (đang thực hiện, trong hạn).</summary>
    OnTrack,

    /// <summary>Open, with at most the due-soon margin of working days left (sắp đến hạn).</summary>
    DueSoon,

    /// <summary>Open after the end of the due date (quá hạn).</summary>
    OverdueOpen,

    /// <summary>Completed by the end of the due date (hoàn thành đúng hạn).</summary>
    DoneOnTime,

    /// <summary>Completed after the end of the due date (hoàn thành quá hạn).</summary>
    DoneLate,

    /// <summary>The task has no due date.</summary>
    NoDeadline,
}

/// <summary>Derives a <see cref="DeadlineState"/> and its display colour.</summary>
public static class DeadlineStates
{
    /// <summary>The default due-soon margin: 3 working days.</summary>
    public const int DefaultDueSoonWorkingDays = 3;

    /// <summary>
    /// Derives the deadline state of a task. A completed task is judged against the end of its
    /// due date (24:00 Hà Nội time; at that instant the day is over, so finishing then is late)
    /// whether or not it was
    /// marked started; a completed task without a due date is <see cref="DeadlineState.NoDeadline"/>.
    /// An open task that has not started is <see cref="DeadlineState.NotStarted"/> even when
    /// its due date has passed. An open task is overdue once <paramref name="now"/> reaches the
    /// end of the due date, due soon while at most <paramref name="dueSoonWorkingDays"/> working
    /// days remain after today (the due date itself counts as 0), and on track otherwise.
    /// </summary>
    /// <param name="started">Whether work on the task has started.</param>
    /// <param name="dueOn">The due date, if the task has one.</param>
    /// <param name="completedAt">When the task was completed, if it was.</param>
    /// <param name="now">The current instant, from the injected time provider.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="dueSoonWorkingDays">The due-soon margin in working days.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dueSoonWorkingDays"/> is negative.</exception>
    public static DeadlineState Derive(
        bool started,
        DateOnly? dueOn,
        DateTimeOffset? completedAt,
        DateTimeOffset now,
        WorkCalendar calendar,
        int dueSoonWorkingDays = DefaultDueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonWorkingDays);

        if (completedAt is { } completed)
        {
            if (dueOn is not { } due)
            {
                return DeadlineState.NoDeadline;
            }

            return VietnamTime.IsOnTime(completed, due) ? DeadlineState.DoneOnTime : DeadlineState.DoneLate;
        }

        if (!started)
        {
            return DeadlineState.NotStarted;
        }

        if (dueOn is not { } dueDate)
        {
            return DeadlineState.NoDeadline;
        }

        if (VietnamTime.IsPast(dueDate, now))
        {
            return DeadlineState.OverdueOpen;
        }

        var remaining = calendar.CountWorkingDays(WorkCalendar.ToLocalDate(now), dueDate);
        return remaining <= dueSoonWorkingDays ? DeadlineState.DueSoon : DeadlineState.OnTrack;
    }

    /// <summary>
    /// The UI colour key of a state: grey (not started, no deadline), blue (on track), amber
    /// (due soon), red (overdue), green (done on time), orange (done late).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The state is not defined.</exception>
    public static string ColourKey(this DeadlineState state) => state switch
    {
        DeadlineState.NotStarted => "grey",
        DeadlineState.OnTrack => "blue",
        DeadlineState.DueSoon => "amber",
        DeadlineState.OverdueOpen => "red",
        DeadlineState.DoneOnTime => "green",
        DeadlineState.DoneLate => "orange",
        DeadlineState.NoDeadline => "grey",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown deadline state."),
    };
}

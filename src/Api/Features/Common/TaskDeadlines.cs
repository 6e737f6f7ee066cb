using Microsoft.Extensions.Options;
using Supervision.Domain.Calendar;
using Supervision.Domain.Common;
using Supervision.Domain.Planning;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Common;

/// <summary>
/// The one rule for a task row's deadline state, derived on read (DESIGN §4: never stored), wherever tasks are listed,
/// counted or filtered. It is fixed for a day: today in Hà Nội and the last due date that is still "due soon" (the
/// due-soon margin of working days ahead), so thousands of rows cost no calendar work.
/// </summary>
public readonly record struct TaskDeadlines(DateOnly Today, DateOnly DueSoonUntil)
{
    public static TaskDeadlines At(DateTimeOffset now, WorkCalendar calendar, int dueSoonWorkingDays = DeadlineStates.DefaultDueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonWorkingDays);
        var today = WorkCalendar.ToLocalDate(now);
        return new TaskDeadlines(today, calendar.AddWorkingDays(today, dueSoonWorkingDays));
    }

    /// <summary>
    /// An open or claimed task counts as started: it is in someone's inbox. A completed or timed-out task is judged by
    /// the lateness recorded when it closed (<c>tasks.completed_late</c>; for a row closed before that was kept, by
    /// <see cref="VietnamTime.IsOnTime"/>, the rule the projection applies when it sets the flag). A task without a due
    /// date has none, open or closed. A cancelled task, and a task returned for rework (its reopened successor carries
    /// the deadline), have no deadline state.
    /// </summary>
    public DeadlineState? Of(string status, DateOnly? dueOn, bool? completedLate, DateTimeOffset? completedAt = null) => status switch
    {
        TaskStatuses.Cancelled or TaskStatuses.Returned => null,
        TaskStatuses.Completed or TaskStatuses.TimedOut when dueOn is null => DeadlineState.NoDeadline,
        TaskStatuses.Completed or TaskStatuses.TimedOut =>
            completedLate ?? (completedAt is { } at && !VietnamTime.IsOnTime(at, dueOn.Value)) ? DeadlineState.DoneLate : DeadlineState.DoneOnTime,
        _ when dueOn is null => DeadlineState.NoDeadline,
        _ when dueOn < Today => DeadlineState.OverdueOpen,
        _ when dueOn <= DueSoonUntil => DeadlineState.DueSoon,
        _ => DeadlineState.OnTrack,
    };

    /// <summary>The state a list shows: a cancelled or returned task shows as having no deadline.</summary>
    public DeadlineState Shown(string status, DateOnly? dueOn, bool? completedLate, DateTimeOffset? completedAt = null) =>
        Of(status, dueOn, completedLate, completedAt) ?? DeadlineState.NoDeadline;
}

/// <summary>The <c>Deadlines</c> settings.</summary>
public sealed class DeadlineOptions
{
    public const string SectionName = "Deadlines";

    /// <summary>The most the due-soon margin may be, in working days (six weeks).</summary>
    public const int MaxDueSoonWorkingDays = 30;

    /// <summary>
    /// <c>Deadlines:DueSoonWorkingDays</c>: an open task is "due soon" while at most this many working days remain
    /// before its due date (the due date itself counts as 0); 0 to <see cref="MaxDueSoonWorkingDays"/>, 3 by default.
    /// </summary>
    public int DueSoonWorkingDays { get; set; } = DeadlineStates.DefaultDueSoonWorkingDays;
}

/// <summary>Deadline states as of now: the clock, the work calendar and the configured due-soon margin.</summary>
public sealed class DeadlineClock(TimeProvider clock, IWorkCalendarProvider calendars, IOptions<DeadlineOptions> options)
{
    /// <summary>Today's rule for task rows.</summary>
    public TaskDeadlines Today() => TaskDeadlines.At(clock.GetUtcNow(), calendars.GetCalendar(), options.Value.DueSoonWorkingDays);

    /// <summary>A work task's state now.</summary>
    public DeadlineState Of(WorkTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.DeadlineStateAt(clock.GetUtcNow(), calendars.GetCalendar(), options.Value.DueSoonWorkingDays);
    }
}

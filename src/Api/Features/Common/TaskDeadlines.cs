using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Common;

/// <summary>A task's deadline state, derived on read from its row (DESIGN §4: never stored).</summary>
public static class TaskDeadlines
{
    /// <summary>
    /// An open or claimed task counts as started: it is in someone's inbox. A completed or timed-out task is judged by
    /// when it closed against the end of its due day; a cancelled task has no deadline state.
    /// </summary>
    public static DeadlineState? Of(string status, DateOnly? dueOn, DateTimeOffset? completedAt, DateTimeOffset now, WorkCalendar calendar) => status switch
    {
        TaskStatuses.Cancelled => null,
        TaskStatuses.Completed or TaskStatuses.TimedOut => DeadlineStates.Derive(true, dueOn, completedAt ?? now, now, calendar),
        _ => DeadlineStates.Derive(true, dueOn, null, now, calendar),
    };
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.ListTasks;

/// <summary>The inbox: filters by deadline state, status, unit, plan, due range and text; sorted by due date.</summary>
public sealed record ListTasks(
    bool Mine = true,
    string? Status = null,
    string? DeadlineState = null,
    string? UnitId = null,
    string? PlanId = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Q = null,
    string Sort = "dueOn",
    int Page = 1,
    int PageSize = 50) : IRequest<TaskPage>;

public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> CountsByDeadlineState);

internal sealed class ListTasksHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory, IWorkCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<ListTasks, TaskPage>
{
    public async ValueTask<TaskPage> Handle(ListTasks request, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        // What one may act on is a subset of what one may see, so "mine" needs only the narrower condition
        // (one condition fewer for the database to combine).
        var query = request.Mine
            ? TaskAccess.Actionable(db.Tasks.AsNoTracking(), scope)
            : TaskAccess.Visible(db.Tasks.AsNoTracking(), scope);
        var statuses = request.Status switch
        {
            null or "" => request.Mine ? [TaskStatuses.Open, TaskStatuses.Claimed] : null,
            "Active" => [TaskStatuses.Open, TaskStatuses.Claimed],
            var s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        if (statuses is not null)
            query = query.Where(t => statuses.Contains(t.Status));
        if (request.UnitId is { Length: > 0 } unit)
        {
            var units = directory.Subtree(unit).ToList();
            query = query.Where(t => units.Contains(t.UnitId!) || units.Contains(t.AssigneeUnitId!));
        }
        if (request.PlanId is { Length: > 0 } plan)
            query = query.Where(t => t.PlanId == plan);
        if (request.DueFrom is { } from)
            query = query.Where(t => t.DueOn >= from);
        if (request.DueTo is { } to)
            query = query.Where(t => t.DueOn <= to);
        if (request.Q is { Length: > 0 } text)
        {
            var needle = SearchText.Fold(text.Trim());
            query = query.Where(t => t.SearchText.Contains(needle));
        }

        // Deadline states are derived, never stored: each is a condition on status, due date and lateness.
        var now = clock.GetUtcNow();
        var calendar = calendars.GetCalendar();
        var today = WorkCalendar.ToLocalDate(now);
        var dueSoonUntil = calendar.AddWorkingDays(today, DeadlineStates.DefaultDueSoonWorkingDays);
        var counts = await CountAsync(query, today, dueSoonUntil, cancellationToken);
        if (request.DeadlineState is { Length: > 0 } wanted)
        {
            var states = wanted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Enum.Parse<DeadlineState>(s, ignoreCase: true)).ToHashSet();
            query = query.Where(InStates(states, today, dueSoonUntil));
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = request.Sort switch
        {
            "-dueOn" => query.OrderByDescending(t => t.DueOn).ThenBy(t => t.Id),
            "createdAt" => query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id),
            "-createdAt" => query.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id),
            "title" => query.OrderBy(t => t.Title).ThenBy(t => t.Id),
            _ => query.OrderBy(t => t.DueOn == null).ThenBy(t => t.DueOn).ThenBy(t => t.Id),
        };
        var rows = await ordered.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);

        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? UnitName(string? id) => id is null ? null : names.TryGetValue(id, out var name) ? name : names[id] = directory.Find(id)?.NameVi;
        var items = rows.Select(t => TaskMapping.Summary(t, now, calendar, UnitName, TaskAccess.CanAct(t, scope))).ToList();
        return new TaskPage(items, total, request.Page, request.PageSize, counts);
    }

    private static System.Linq.Expressions.Expression<Func<TaskRecord, bool>> InStates(HashSet<DeadlineState> states, DateOnly today, DateOnly dueSoonUntil)
    {
        var open = new[] { TaskStatuses.Open, TaskStatuses.Claimed };
        var done = new[] { TaskStatuses.Completed, TaskStatuses.TimedOut };
        bool overdue = states.Contains(DeadlineState.OverdueOpen), soon = states.Contains(DeadlineState.DueSoon), onTrack = states.Contains(DeadlineState.OnTrack),
            late = states.Contains(DeadlineState.DoneLate), onTime = states.Contains(DeadlineState.DoneOnTime), none = states.Contains(DeadlineState.NoDeadline);
        return t =>
            (overdue && open.Contains(t.Status) && t.DueOn < today)
            || (soon && open.Contains(t.Status) && t.DueOn >= today && t.DueOn <= dueSoonUntil)
            || (onTrack && open.Contains(t.Status) && t.DueOn > dueSoonUntil)
            || (late && done.Contains(t.Status) && t.CompletedLate == true)
            || (onTime && done.Contains(t.Status) && t.CompletedLate != true)
            || (none && (t.Status == TaskStatuses.Cancelled || (open.Contains(t.Status) && t.DueOn == null)));
    }

    private static async Task<Dictionary<string, int>> CountAsync(IQueryable<TaskRecord> query, DateOnly today, DateOnly dueSoonUntil, CancellationToken cancellationToken)
    {
        var groups = await query.GroupBy(t => new { t.Status, t.DueOn, t.CompletedLate })
            .Select(g => new { g.Key.Status, g.Key.DueOn, g.Key.CompletedLate, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var state = group.Status switch
            {
                TaskStatuses.Cancelled => DeadlineState.NoDeadline,
                TaskStatuses.Completed or TaskStatuses.TimedOut => group.CompletedLate == true ? DeadlineState.DoneLate : DeadlineState.DoneOnTime,
                _ when group.DueOn is null => DeadlineState.NoDeadline,
                _ when group.DueOn < today => DeadlineState.OverdueOpen,
                _ when group.DueOn <= dueSoonUntil => DeadlineState.DueSoon,
                _ => DeadlineState.OnTrack,
            };
            counts[state.ToString()] = counts.GetValueOrDefault(state.ToString()) + group.Count;
        }
        return counts;
    }
}

using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.ListTasks;

/// <summary>The inbox: filters by deadline state, status, kind, unit, plan, due range and text; sorted by due date.</summary>
/// <param name="Kind">Kinds of task, comma-separated (<see cref="TaskKinds.All"/>): work tasks, reports, milestones, remediation…</param>
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
    int PageSize = 50,
    string? Kind = null) : IRequest<TaskPage>;

/// <summary>The kinds of task the supervision activities open.</summary>
public static class TaskKinds
{
    public static readonly string[] All = ["UserTask", "WorkTask", "Report", "Review", "Milestone", "Inspection", "Remediation", "Evaluation", "Meeting"];
}

public sealed record TaskPage(IReadOnlyList<TaskSummary> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> CountsByDeadlineState);

internal sealed class ListTasksHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory, IWorkCalendarProvider calendars, TimeProvider clock)
    : IRequestHandler<ListTasks, TaskPage>
{
    public async ValueTask<TaskPage> Handle(ListTasks request, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        var statuses = request.Status switch
        {
            null or "" => request.Mine ? [TaskStatuses.Open, TaskStatuses.Claimed] : null,
            "Active" => [TaskStatuses.Open, TaskStatuses.Claimed],
            var s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        // What one may act on is a subset of what one may see, so "mine" needs only the narrower condition. The
        // access condition comes as disjoint parts, each filtered and narrowed to the columns that count and sort,
        // then stacked (UNION ALL): every part reads one index and, for the inbox's default filters, nothing else.
        var parts = request.Mine ? TaskAccess.ActionableParts(db.Tasks.AsNoTracking(), scope) : TaskAccess.VisibleParts(db.Tasks.AsNoTracking(), scope);
        var keys = parts.Select(part => Filter(part, request, statuses).Select(t => new TaskKey { Id = t.Id, Status = t.Status, DueOn = t.DueOn, CompletedLate = t.CompletedLate }))
            .Aggregate(Queryable.Concat);

        // Deadline states are derived, never stored: each is a condition on status, due date and lateness.
        var now = clock.GetUtcNow();
        var calendar = calendars.GetCalendar();
        var today = WorkCalendar.ToLocalDate(now);
        var dueSoonUntil = calendar.AddWorkingDays(today, DeadlineStates.DefaultDueSoonWorkingDays);
        var groups = await keys.GroupBy(k => new { k.Status, k.DueOn, k.CompletedLate })
            .Select(g => new { g.Key.Status, g.Key.DueOn, g.Key.CompletedLate, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (StateOf(group.Status, group.DueOn, group.CompletedLate, today, dueSoonUntil) is { } state)
                counts[state.ToString()] = counts.GetValueOrDefault(state.ToString()) + group.Count;
        }

        var total = groups.Sum(g => g.Count);
        if (request.DeadlineState is { Length: > 0 } wanted)
        {
            var states = wanted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Enum.Parse<DeadlineState>(s, ignoreCase: true)).ToHashSet();
            keys = keys.Where(InStates(states, today, dueSoonUntil));
            total = groups.Where(g => StateOf(g.Status, g.DueOn, g.CompletedLate, today, dueSoonUntil) is { } state && states.Contains(state)).Sum(g => g.Count);
        }

        List<TaskRecord> rows = [];
        if (total > (request.Page - 1) * request.PageSize)
        {
            // The page's ids first (for due-date order from the narrow rows alone), then those rows in full.
            var byRecord = db.Tasks.AsNoTracking().Where(t => keys.Select(k => k.Id).Contains(t.Id));
            var ids = request.Sort switch
            {
                "-dueOn" => keys.OrderByDescending(k => k.DueOn).ThenBy(k => k.Id).Select(k => k.Id),
                "createdAt" => byRecord.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Id),
                "-createdAt" => byRecord.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Id),
                "title" => byRecord.OrderBy(t => t.Title).ThenBy(t => t.Id).Select(t => t.Id),
                _ => keys.OrderBy(k => k.DueOn == null).ThenBy(k => k.DueOn).ThenBy(k => k.Id).Select(k => k.Id),
            };
            var pageIds = await ids.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
            var position = pageIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
            rows = await db.Tasks.AsNoTracking().Where(t => pageIds.Contains(t.Id)).ToListAsync(cancellationToken);
            rows.Sort((a, b) => position[a.Id].CompareTo(position[b.Id]));
        }

        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? UnitName(string? id) => id is null ? null : names.TryGetValue(id, out var name) ? name : names[id] = directory.Find(id)?.NameVi;
        var items = rows.Select(t => TaskMapping.Summary(t, now, calendar, UnitName, TaskAccess.CanAct(t, scope))).ToList();
        return new TaskPage(items, total, request.Page, request.PageSize, counts);
    }

    /// <summary>The columns the inbox counts and sorts by, which the task indexes carry.</summary>
    private sealed class TaskKey
    {
        public string Id { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly? DueOn { get; init; }
        public bool? CompletedLate { get; init; }
    }

    private IQueryable<TaskRecord> Filter(IQueryable<TaskRecord> query, ListTasks request, string[]? statuses)
    {
        if (statuses is not null)
            query = query.Where(t => statuses.Contains(t.Status));
        if (request.UnitId is { Length: > 0 } unit)
            query = TaskAccess.InUnitTree(query, directory, unit);
        if (request.PlanId is { Length: > 0 } plan)
            query = query.Where(t => t.PlanId == plan);
        if (request.Kind is { Length: > 0 } kind)
        {
            var kinds = kind.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            query = query.Where(t => kinds.Contains(t.Kind));
        }
        if (request.DueFrom is { } from)
            query = query.Where(t => t.DueOn >= from);
        if (request.DueTo is { } to)
            query = query.Where(t => t.DueOn <= to);
        if (request.Q is { Length: > 0 } text)
        {
            var needle = SearchText.Fold(text.Trim());
            query = query.Where(t => t.SearchText.Contains(needle));
        }
        return query;
    }

    /// <summary>
    /// A task's deadline state from its status, due date and lateness; none for a task returned for rework (its
    /// reopened successor carries the deadline). <see cref="InStates"/> is the same rule as a query condition.
    /// </summary>
    private static DeadlineState? StateOf(string status, DateOnly? dueOn, bool? completedLate, DateOnly today, DateOnly dueSoonUntil) => status switch
    {
        TaskStatuses.Cancelled => DeadlineState.NoDeadline,
        TaskStatuses.Completed or TaskStatuses.TimedOut => completedLate == true ? DeadlineState.DoneLate : DeadlineState.DoneOnTime,
        TaskStatuses.Open or TaskStatuses.Claimed when dueOn is null => DeadlineState.NoDeadline,
        TaskStatuses.Open or TaskStatuses.Claimed when dueOn < today => DeadlineState.OverdueOpen,
        TaskStatuses.Open or TaskStatuses.Claimed when dueOn <= dueSoonUntil => DeadlineState.DueSoon,
        TaskStatuses.Open or TaskStatuses.Claimed => DeadlineState.OnTrack,
        _ => null,
    };

    private static System.Linq.Expressions.Expression<Func<TaskKey, bool>> InStates(HashSet<DeadlineState> states, DateOnly today, DateOnly dueSoonUntil)
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
}

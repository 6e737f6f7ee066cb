using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.ListTasks;

/// <summary>The inbox: filters by deadline state, status, kind, unit, plan, due range and text; sorted by due date.</summary>
/// <param name="Status">Statuses, comma-separated (Open, Claimed, Completed, TimedOut, Cancelled, Returned), or Active for
/// open or claimed; by default the open and claimed tasks in "mine", every status otherwise.</param>
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

internal sealed class ListTasksHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory, DeadlineClock deadlineClock)
    : IRequestHandler<ListTasks, TaskPage>
{
    public async ValueTask<TaskPage> Handle(ListTasks request, CancellationToken cancellationToken)
    {
        // A unit filter narrows to units the user sees (the ones the filter options offer); another unit's is refused.
        if (request.UnitId is { Length: > 0 } unit)
            UnitScope.For(current.User, directory).Require(unit);
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        var statuses = request.Status switch
        {
            null or "" => request.Mine ? [TaskStatuses.Open, TaskStatuses.Claimed] : null,
            "Active" => [TaskStatuses.Open, TaskStatuses.Claimed],
            var s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray(),
        };
        // What one may act on is a subset of what one may see, so "mine" needs only the narrower condition. The
        // access condition comes as disjoint parts, each filtered and narrowed to the columns that count and sort.
        // Each part is counted and paged on its own, in the order of the one index that serves it, and only the
        // small results are stacked (UNION ALL): a union of whole parts would be sorted or grouped in a temporary
        // table, row by row, on every request.
        var parts = request.Mine ? TaskAccess.ActionableParts(db.Tasks.AsNoTracking(), scope) : TaskAccess.VisibleParts(db.Tasks.AsNoTracking(), scope);
        var anyStatus = parts.Select(part => Filter(part, request).Select(t => new TaskKey { Id = t.Id, Status = t.Status, DueOn = t.DueOn, CompletedLate = t.CompletedLate }))
            .ToList();
        var keyParts = statuses is null ? anyStatus : anyStatus.Select(part => part.Where(k => statuses.Contains(k.Status))).ToList();
        // For due-date order, one part per status: a single status is what lets the index give the order.
        var orderedParts = statuses is null
            ? keyParts.Select((query, part) => new OrderedPart(part, null, query)).ToList()
            : anyStatus.SelectMany((query, part) => statuses.Select(status => new OrderedPart(part, status, query.Where(k => k.Status == status)))).ToList();

        // Deadline states are derived, never stored: each is a condition on status, due date and lateness.
        var deadlines = deadlineClock.Today();
        var groups = await keyParts
            .Select((query, part) => query.GroupBy(k => new { k.Status, k.DueOn })
                .Select(g => new KeyCount { Part = part, Status = g.Key.Status, DueOn = g.Key.DueOn, Count = g.Count(), Late = g.Count(k => k.CompletedLate == true) }))
            .Aggregate(Queryable.Concat)
            .ToListAsync(cancellationToken);
        var byState = new Dictionary<DeadlineState, int>();
        foreach (var group in groups)
        {
            foreach (var (late, count) in new[] { (true, group.Late), (false, group.Count - group.Late) })
            {
                if (count > 0)
                {
                    var state = deadlines.Shown(group.Status, group.DueOn, late);
                    byState[state] = byState.GetValueOrDefault(state) + count;
                }
            }
        }
        var counts = byState.ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal);

        var total = groups.Sum(g => g.Count);
        if (request.DeadlineState is { Length: > 0 } wanted)
        {
            var states = wanted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => Enum.Parse<DeadlineState>(s, ignoreCase: true)).ToHashSet();
            var inStates = InStates(states, deadlines);
            keyParts = keyParts.Select(part => part.Where(inStates)).ToList();
            orderedParts = orderedParts.Select(part => part with { Query = part.Query.Where(inStates) }).ToList();
            total = byState.Where(c => states.Contains(c.Key)).Sum(c => c.Value);
        }

        List<TaskRecord> rows = [];
        if (total > (request.Page - 1) * request.PageSize)
        {
            // The page's ids first (for due-date order from the narrow rows alone), then those rows in full.
            var keys = keyParts.Aggregate(Queryable.Concat);
            var byRecord = db.Tasks.AsNoTracking().Where(t => keys.Select(k => k.Id).Contains(t.Id));
            var ids = request.Sort switch
            {
                "-dueOn" => ByDueDate(orderedParts, groups, descending: true, request.Page * request.PageSize),
                "createdAt" => byRecord.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Id),
                "-createdAt" => byRecord.OrderByDescending(t => t.CreatedAt).ThenBy(t => t.Id).Select(t => t.Id),
                "title" => byRecord.OrderBy(t => t.Title).ThenBy(t => t.Id).Select(t => t.Id),
                _ => ByDueDate(orderedParts, groups, descending: false, request.Page * request.PageSize),
            };
            var pageIds = await ids.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToListAsync(cancellationToken);
            var position = pageIds.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
            rows = await db.Tasks.AsNoTracking().Where(t => pageIds.Contains(t.Id)).ToListAsync(cancellationToken);
            rows.Sort((a, b) => position[a.Id].CompareTo(position[b.Id]));
        }

        var items = rows.Select(t => TaskMapping.Summary(t, deadlines, directory, scope)).ToList();
        return new TaskPage(items, total, request.Page, request.PageSize, counts);
    }

    /// <summary>
    /// Ids in due-date order (ties by id, in the same direction; tasks without a due date last). Each part gives its
    /// first <paramref name="wanted"/> keys with and without a due date, read in index order and stopping there, and
    /// only those are merged. The counts tell which parts have tasks with and without a due date: the others are
    /// left out of the query.
    /// </summary>
    private static IQueryable<string> ByDueDate(IReadOnlyList<OrderedPart> parts, IReadOnlyList<KeyCount> counts, bool descending, int wanted)
    {
        bool Has(OrderedPart part, bool dated) =>
            counts.Any(c => c.Part == part.Part && (part.Status is null || c.Status == part.Status) && c.DueOn is not null == dated);
        var firsts = new List<IQueryable<TaskKey>>();
        foreach (var part in parts)
        {
            if (Has(part, dated: true))
            {
                var dated = part.Query.Where(k => k.DueOn != null);
                firsts.Add((descending ? dated.OrderByDescending(k => k.DueOn).ThenByDescending(k => k.Id) : dated.OrderBy(k => k.DueOn).ThenBy(k => k.Id)).Take(wanted));
            }
            if (Has(part, dated: false))
            {
                var undated = part.Query.Where(k => k.DueOn == null);
                firsts.Add((descending ? undated.OrderByDescending(k => k.Id) : undated.OrderBy(k => k.Id)).Take(wanted));
            }
        }
        // Counted before a deadline filter narrowed the parts, so there is at least one whenever the page has rows.
        var merged = firsts.Aggregate(Queryable.Concat);
        var ordered = descending
            ? merged.OrderBy(k => k.DueOn == null).ThenByDescending(k => k.DueOn).ThenByDescending(k => k.Id)
            : merged.OrderBy(k => k.DueOn == null).ThenBy(k => k.DueOn).ThenBy(k => k.Id);
        return ordered.Select(k => k.Id);
    }

    /// <summary>One access part, for one status or any, as a query of keys.</summary>
    private sealed record OrderedPart(int Part, string? Status, IQueryable<TaskKey> Query);

    /// <summary>How many of a part's tasks share a status and due date, and how many of them were done late.</summary>
    private sealed class KeyCount
    {
        public int Part { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? DueOn { get; init; }
        public int Count { get; init; }
        public int Late { get; init; }
    }

    /// <summary>The columns the inbox counts and sorts by, which the task indexes carry.</summary>
    private sealed class TaskKey
    {
        public string Id { get; init; } = "";
        public string Status { get; init; } = "";
        public DateOnly? DueOn { get; init; }
        public bool? CompletedLate { get; init; }
    }

    private IQueryable<TaskRecord> Filter(IQueryable<TaskRecord> query, ListTasks request)
    {
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

    /// <summary>The deadline states as a query condition: <see cref="TaskDeadlines.Shown"/>, the rule the counts and items use.</summary>
    private static System.Linq.Expressions.Expression<Func<TaskKey, bool>> InStates(HashSet<DeadlineState> states, TaskDeadlines deadlines)
    {
        var (today, dueSoonUntil) = (deadlines.Today, deadlines.DueSoonUntil);
        var open = new[] { TaskStatuses.Open, TaskStatuses.Claimed };
        var done = new[] { TaskStatuses.Completed, TaskStatuses.TimedOut };
        bool overdue = states.Contains(DeadlineState.OverdueOpen), soon = states.Contains(DeadlineState.DueSoon), onTrack = states.Contains(DeadlineState.OnTrack),
            late = states.Contains(DeadlineState.DoneLate), onTime = states.Contains(DeadlineState.DoneOnTime), none = states.Contains(DeadlineState.NoDeadline);
        return t =>
            (overdue && open.Contains(t.Status) && t.DueOn < today)
            || (soon && open.Contains(t.Status) && t.DueOn >= today && t.DueOn <= dueSoonUntil)
            || (onTrack && open.Contains(t.Status) && t.DueOn > dueSoonUntil)
            || (late && done.Contains(t.Status) && t.DueOn != null && t.CompletedLate == true)
            || (onTime && done.Contains(t.Status) && t.DueOn != null && t.CompletedLate != true)
            || (none && (t.Status == TaskStatuses.Cancelled || t.Status == TaskStatuses.Returned || t.DueOn == null));
    }
}

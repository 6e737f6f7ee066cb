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
        var query = TaskAccess.Visible(db.Tasks.AsNoTracking(), scope);
        if (request.Mine)
            query = TaskAccess.Actionable(query, scope);
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

        var rows = await query.ToListAsync(cancellationToken);
        if (request.Q is { Length: > 0 } text)
        {
            var needle = VietnameseText.Fold(text);
            rows = rows.Where(t => VietnameseText.Fold(t.Title).Contains(needle, StringComparison.Ordinal)).ToList();
        }

        var now = clock.GetUtcNow();
        var calendar = calendars.GetCalendar();
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? UnitName(string? id) => id is null ? null : names.TryGetValue(id, out var name) ? name : names[id] = directory.Find(id)?.NameVi;
        var summaries = rows.Select(t => TaskMapping.Summary(t, now, calendar, UnitName, TaskAccess.CanAct(t, scope))).ToList();
        var counts = summaries.GroupBy(s => s.DeadlineState).ToDictionary(g => g.Key, g => g.Count());
        if (request.DeadlineState is { Length: > 0 } wanted)
        {
            var states = wanted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            summaries = summaries.Where(s => states.Contains(s.DeadlineState, StringComparer.OrdinalIgnoreCase)).ToList();
        }
        summaries = request.Sort switch
        {
            "-dueOn" => summaries.OrderByDescending(s => s.DueOn ?? DateOnly.MinValue).ThenBy(s => s.Title, StringComparer.Ordinal).ToList(),
            "createdAt" => summaries.OrderBy(s => s.CreatedAt).ToList(),
            "-createdAt" => summaries.OrderByDescending(s => s.CreatedAt).ToList(),
            "title" => summaries.OrderBy(s => s.Title, StringComparer.Ordinal).ToList(),
            _ => summaries.OrderBy(s => s.DueOn ?? DateOnly.MaxValue).ThenBy(s => s.Title, StringComparer.Ordinal).ToList(),
        };
        var page = summaries.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        return new TaskPage(page, summaries.Count, request.Page, request.PageSize, counts);
    }
}

/// <summary>Accent-insensitive matching for Vietnamese: "dieu tra" finds "điều tra", and d matches đ.</summary>
public static class VietnameseText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
        }
        return builder.ToString();
    }
}

using Supervision.Workflows.Scheduling;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Dashboard;

/// <summary>What a statistics request filters on. Due dates are Hà Nội dates, inclusive.</summary>
public interface IStatisticsFilter
{
    /// <summary><c>unit</c> (default), <c>plan</c> or <c>source</c>.</summary>
    string? GroupBy { get; }

    /// <summary>The unit and the units under it.</summary>
    string? UnitId { get; }

    string? DefinitionId { get; }

    /// <summary>The plan key the tasks carry (<c>tasks.plan_id</c>).</summary>
    string? PlanId { get; }

    DateOnly? DueFrom { get; }
    DateOnly? DueTo { get; }
}

/// <summary>The checks every statistics request shares.</summary>
internal static class StatisticsFilterRules
{
    public static void Apply<T>(AbstractValidator<T> validator) where T : IStatisticsFilter
    {
        validator.RuleFor(f => f.GroupBy).Must(g => string.IsNullOrEmpty(g) || DashboardStatistics.Groupings.Contains(g, StringComparer.OrdinalIgnoreCase))
            .WithMessage($"Group by one of {string.Join(", ", DashboardStatistics.Groupings)}.");
        validator.RuleFor(f => f.DueFrom).WithinCalendar();
        validator.RuleFor(f => f.DueTo).WithinCalendar();
        validator.RuleFor(f => f.DueTo).GreaterThanOrEqualTo(f => f.DueFrom).When(f => f.DueFrom is not null && f.DueTo is not null)
            .WithMessage("dueTo is before dueFrom.");
        validator.RuleFor(f => f.UnitId).MaximumLength(128).NoControlCharacters();
        validator.RuleFor(f => f.DefinitionId).MaximumLength(128).NoControlCharacters();
        validator.RuleFor(f => f.PlanId).MaximumLength(128).NoControlCharacters();
    }
}

/// <summary>The statistics of one unit, plan or source document.</summary>
/// <param name="Assigned">Tasks given (cancelled tasks do not count).</param>
/// <param name="OnTrack">Open, more than the due-soon margin before the due date.</param>
/// <param name="DueSoon">Open, within the due-soon margin of its due date (<c>Deadlines:DueSoonWorkingDays</c>, 3 working days by default).</param>
/// <param name="Overdue">Open after the end of the due day.</param>
/// <param name="DoneOnTime">Completed by the end of the due day.</param>
/// <param name="DoneLate">Completed after the end of the due day.</param>
/// <param name="TimedOut">Closed by the workflow's timeout path without the work.</param>
/// <param name="NoDeadline">Tasks without a due date.</param>
/// <param name="OnTimeRate">Done on time out of the tasks already judged (done, timed out or overdue); null when none is.</param>
public sealed record StatisticsRow(
    string Key,
    string Name,
    int Assigned,
    int OnTrack,
    int DueSoon,
    int Overdue,
    int DoneOnTime,
    int DoneLate,
    int TimedOut,
    int NoDeadline,
    double? OnTimeRate);

public sealed record StatisticsResponse(string GroupBy, DateTimeOffset AsOf, IReadOnlyList<StatisticsRow> Rows, StatisticsRow Totals);

/// <summary>
/// Counts the task list per unit, plan (<c>tasks.plan_id</c>) or source document (<c>tasks.source</c>: the task's
/// <c>sourceDocument</c>, or the <c>guidance</c> an assignment was issued under), deriving each task's deadline state on the work calendar. A
/// review of another unit's submission is the reviewer's step, not the unit's work, and is left out.
/// </summary>
internal sealed class DashboardStatistics(SupervisionDbContext db, CurrentUserAccessor current, DbOrgDirectory directory, DeadlineClock deadlineClock, TimeProvider clock)
{
    public const string ByUnit = "unit";
    public const string ByPlan = "plan";
    public const string BySource = "source";
    public static readonly string[] Groupings = [ByUnit, ByPlan, BySource];

    private const string ReviewStage = "Review";
    private static readonly StringComparer VietnameseOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);

    public bool English => current.User.PrefersEnglish;

    /// <param name="filter">What to count.</param>
    /// <param name="onlyPlanned">Leave out the tasks of no plan (for the list of plans).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<StatisticsResponse> ComputeAsync(IStatisticsFilter filter, CancellationToken cancellationToken, bool onlyPlanned = false)
    {
        var groupBy = string.IsNullOrEmpty(filter.GroupBy) ? ByUnit : filter.GroupBy.ToLowerInvariant();
        var scope = UnitScope.For(current.User, directory);
        var tasks = db.Tasks.AsNoTracking().Where(t => t.Status != TaskStatuses.Cancelled && t.Status != TaskStatuses.Returned && (t.Stage == null || t.Stage != ReviewStage));
        if (scope.Units is { } units)
            tasks = tasks.Where(t => t.UnitId != null && units.Contains(t.UnitId));
        if (!string.IsNullOrEmpty(filter.UnitId))
        {
            scope.Require(filter.UnitId);
            var subtree = directory.Subtree(filter.UnitId);
            tasks = tasks.Where(t => t.UnitId != null && subtree.Contains(t.UnitId));
        }
        if (!string.IsNullOrEmpty(filter.DefinitionId))
            tasks = tasks.Where(t => t.DefinitionId == filter.DefinitionId);
        if (!string.IsNullOrEmpty(filter.PlanId))
            tasks = tasks.Where(t => t.PlanId == filter.PlanId);
        else if (onlyPlanned)
            tasks = tasks.Where(t => t.PlanId != null);
        if (filter.DueFrom is { } from)
            tasks = tasks.Where(t => t.DueOn >= from);
        if (filter.DueTo is { } to)
            tasks = tasks.Where(t => t.DueOn <= to);

        var cells = await CellsAsync(tasks, groupBy, cancellationToken);

        var now = clock.GetUtcNow();
        var english = English;
        var unitNames = groupBy == ByUnit
            ? await db.OrgUnits.AsNoTracking().Select(u => new { u.Id, u.NameVi, u.NameEn }).ToDictionaryAsync(u => u.Id, u => english ? u.NameEn ?? u.NameVi : u.NameVi, cancellationToken)
            : [];
        // A plan recorded by its workflow is named by its title; a key no plan row has is named by itself.
        var planNames = groupBy == ByPlan
            ? (await Plans.PlanViews.RecordedAsync(db, cancellationToken)).ToDictionary(p => p.Key, p => p.Value.Title(english), StringComparer.Ordinal)
            : [];
        var none = english ? "(none)" : "(không có)";
        var deadlines = deadlineClock.Today();
        DeadlineState? StateOf(Cell cell) => deadlines.Of(cell.Status, cell.DueOn, cell.Late, cell.CompletedAt);

        var grouped = cells
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => Count(g.Key,
                g.Key.Length == 0 ? none : groupBy switch
                {
                    ByUnit => unitNames.GetValueOrDefault(g.Key) ?? g.Key,
                    ByPlan => planNames.GetValueOrDefault(g.Key) ?? g.Key,
                    _ => g.Key,
                },
                g, StateOf))
            .OrderBy(r => r.Key.Length == 0 ? 1 : 0)
            .ThenBy(r => r.Name, VietnameseOrder)
            .ToList();
        var totals = Count("", english ? "Total" : "Tổng cộng", cells, StateOf);
        return new StatisticsResponse(groupBy, now, grouped, totals);
    }

    /// <summary>
    /// Tasks that count alike, with how many there are: grouped in the database by unit, plan or source, status, due
    /// date and lateness, so that the server reads a few hundred rows for any number of tasks. A closed task without
    /// its lateness (closed before it was kept) stands alone with its completion time.
    /// </summary>
    private static async Task<List<Cell>> CellsAsync(IQueryable<TaskRecord> tasks, string groupBy, CancellationToken cancellationToken)
    {
        var keyed = groupBy switch
        {
            ByPlan => tasks.Select(t => new KeyedTask { Key = t.PlanId, Status = t.Status, DueOn = t.DueOn, Late = t.CompletedLate, CompletedAt = t.CompletedAt }),
            BySource => tasks.Select(t => new KeyedTask { Key = t.Source, Status = t.Status, DueOn = t.DueOn, Late = t.CompletedLate, CompletedAt = t.CompletedAt }),
            _ => tasks.Select(t => new KeyedTask { Key = t.UnitId, Status = t.Status, DueOn = t.DueOn, Late = t.CompletedLate, CompletedAt = t.CompletedAt }),
        };
        var counted = await keyed.GroupBy(k => new { k.Key, k.Status, k.DueOn, k.Late })
            .Select(g => new { g.Key.Key, g.Key.Status, g.Key.DueOn, g.Key.Late, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cells = new List<Cell>(counted.Count);
        var unjudged = false;
        foreach (var c in counted)
        {
            if (c.Late is null && c.Status is TaskStatuses.Completed or TaskStatuses.TimedOut)
                unjudged = true;
            else
                cells.Add(new Cell(c.Key ?? "", c.Status, c.DueOn, c.Late, null, c.Count));
        }
        if (unjudged)
        {
            var rows = await keyed.Where(k => (k.Status == TaskStatuses.Completed || k.Status == TaskStatuses.TimedOut) && k.Late == null)
                .ToListAsync(cancellationToken);
            cells.AddRange(rows.Select(r => new Cell(r.Key ?? "", r.Status, r.DueOn, null, r.CompletedAt, 1)));
        }
        return cells;
    }

    /// <summary>A task as the counting reads it: its group's key (unit, plan or source) and what its state follows from.</summary>
    private sealed class KeyedTask
    {
        public string? Key { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? DueOn { get; init; }
        public bool? Late { get; init; }
        public DateTimeOffset? CompletedAt { get; init; }
    }

    /// <summary>Tasks of one group that count alike, and how many.</summary>
    private readonly record struct Cell(string Key, string Status, DateOnly? DueOn, bool? Late, DateTimeOffset? CompletedAt, int Count);

    private static StatisticsRow Count(string key, string name, IEnumerable<Cell> cells, Func<Cell, DeadlineState?> stateOf)
    {
        int assigned = 0, onTrack = 0, dueSoon = 0, overdue = 0, onTime = 0, late = 0, timedOut = 0, noDeadline = 0;
        foreach (var cell in cells)
        {
            var n = cell.Count;
            assigned += n;
            if (cell.Status == TaskStatuses.TimedOut)
            {
                timedOut += n;
                continue;
            }
            switch (stateOf(cell))
            {
                case DeadlineState.OnTrack or DeadlineState.NotStarted:
                    onTrack += n;
                    break;
                case DeadlineState.DueSoon:
                    dueSoon += n;
                    break;
                case DeadlineState.OverdueOpen:
                    overdue += n;
                    break;
                case DeadlineState.DoneOnTime:
                    onTime += n;
                    break;
                case DeadlineState.DoneLate:
                    late += n;
                    break;
                case DeadlineState.NoDeadline:
                    noDeadline += n;
                    break;
            }
        }
        var judged = onTime + late + timedOut + overdue;
        return new StatisticsRow(key, name, assigned, onTrack, dueSoon, overdue, onTime, late, timedOut, noDeadline,
            judged == 0 ? null : Math.Round((double)onTime / judged, 4));
    }
}

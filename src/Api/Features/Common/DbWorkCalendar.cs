using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Common;

/// <summary>
/// The work calendar as administrators keep it: a year with rows in <c>calendar_days</c> is exactly those rows
/// (the year is copied from the holiday catalogue the first time an administrator edits it); a year without rows
/// is the catalogue's. Cached briefly, and dropped at once when an administrator changes a day.
/// </summary>
public sealed class DbWorkCalendar(IDbContextFactory<SupervisionDbContext> contexts, TimeProvider clock) : IWorkCalendarProvider
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    // A reference swapped whole, so a reader on another thread never sees half of an update.
    private volatile Cached? _cache;

    /// <summary>Last year to three years ahead, like the catalogue's default provider.</summary>
    public WorkCalendar GetCalendar()
    {
        var year = WorkCalendar.ToLocalDate(clock.GetUtcNow()).Year;
        return ForYears(year - 1, year + 3);
    }

    /// <summary>The calendar covering at least the given years (clamped to the years the catalogue knows).</summary>
    public WorkCalendar ForYears(int firstYear, int lastYear)
    {
        var first = Math.Clamp(firstYear, HolidayCatalog.MinYear, HolidayCatalog.MaxYear);
        var last = Math.Clamp(Math.Max(firstYear, lastYear), HolidayCatalog.MinYear, HolidayCatalog.MaxYear);
        var now = clock.GetUtcNow();
        if (_cache is { } cache && now - cache.At < CacheFor && cache.First <= first && cache.Last >= last)
            return cache.Calendar;

        using var db = contexts.CreateDbContext();
        var from = new DateOnly(first, 1, 1);
        var to = new DateOnly(last, 12, 31);
        var stored = db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).ToList();
        var days = new List<CalendarDay>();
        for (var year = first; year <= last; year++)
            days.AddRange(EntriesOf(year, stored.Where(d => d.Date.Year == year).ToList()).Select(e => e.Day));
        var calendar = new WorkCalendar(days);
        _cache = new Cached(now, first, last, calendar);
        return calendar;
    }

    public void Invalidate() => _cache = null;

    private sealed record Cached(DateTimeOffset At, int First, int Last, WorkCalendar Calendar);

    /// <summary>A year's entries and where each comes from: the stored rows when the year has any, else the catalogue.</summary>
    public static IReadOnlyList<(CalendarDay Day, bool Stored)> EntriesOf(int year, IReadOnlyList<CalendarDayRecord> storedRowsOfYear)
    {
        if (storedRowsOfYear.Count == 0)
            return HolidayCatalog.ForYear(year).Select(d => (d, false)).ToList();
        return storedRowsOfYear.Select(ToDay).OfType<CalendarDay>().OrderBy(d => d.Date).Select(d => (d, true)).ToList();
    }

    public static CalendarDay? ToDay(CalendarDayRecord row) =>
        Enum.TryParse<CalendarDayType>(row.Type, ignoreCase: false, out var type) && Enum.IsDefined(type)
        && Enum.TryParse<CalendarDayStatus>(row.Status, ignoreCase: false, out var status) && Enum.IsDefined(status)
            ? new CalendarDay(row.Date, type, row.NameVi, row.NameEn, status, row.Source)
            : null;

    public static CalendarDayRecord ToRecord(CalendarDay day) => new()
    {
        Date = day.Date,
        Type = day.Type.ToString(),
        NameVi = day.NameVi,
        NameEn = day.NameEn,
        Status = day.Status.ToString(),
        Source = day.Source,
    };
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// The one work calendar of the engine, the scheduler and the API: the <c>calendar_days</c> table as administrators
/// keep it. A year with rows is exactly those rows; a year without is the holiday catalogue's. The current and the
/// next year are copied from <see cref="HolidayCatalog"/> into the table the first time they are needed, so their
/// deadlines do not move when a later release changes the catalogue; any failure to read the table falls back to
/// the catalogue. The calendar is cached for <see cref="RefreshInterval"/>; <see cref="Invalidate"/> drops it at
/// once (administrative edits call it).
/// </summary>
public sealed class DatabaseWorkCalendarProvider(
    IDbContextFactory<SupervisionDbContext> contexts,
    TimeProvider clock,
    ILogger<DatabaseWorkCalendarProvider>? logger = null) : IWorkCalendarProvider
{
    /// <summary>How long a loaded calendar is used before the table is read again (other processes' edits).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly ILogger _logger = logger ?? NullLogger<DatabaseWorkCalendarProvider>.Instance;

    // A reference swapped whole, so a reader on another thread never sees half of an update.
    private volatile Cached? _cache;
    private int _seededYear;

    /// <summary>Last year to three years ahead.</summary>
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
        if (_cache is { } cache && now >= cache.At && now - cache.At < RefreshInterval && cache.First <= first && cache.Last >= last)
            return cache.Calendar;
        var calendar = Load(first, last, WorkCalendar.ToLocalDate(now).Year);
        _cache = new Cached(now, first, last, calendar);
        return calendar;
    }

    /// <summary>Forgets the cached calendar, so the next use reads the table.</summary>
    public void Invalidate() => _cache = null;

    private sealed record Cached(DateTimeOffset At, int First, int Last, WorkCalendar Calendar);

    private WorkCalendar Load(int first, int last, int currentYear)
    {
        try
        {
            using var db = contexts.CreateDbContext();
            if (Volatile.Read(ref _seededYear) != currentYear)
            {
                Seed(db, currentYear);
                Volatile.Write(ref _seededYear, currentYear);
            }
            var from = new DateOnly(first, 1, 1);
            var to = new DateOnly(last, 12, 31);
            var stored = db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).ToList();
            var days = new List<CalendarDay>();
            for (var year = first; year <= last; year++)
                days.AddRange(EntriesOf(year, stored.Where(d => d.Date.Year == year).ToList()).Select(e => e.Day));
            return new WorkCalendar(days);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or DbUpdateException)
        {
            SchedulingLog.CalendarFallback(_logger, ex.Message);
            return WorkCalendar.CreateDefault(first, last);
        }
    }

    /// <summary>Copies the catalogue's current and next year into the table where it has no row for them.</summary>
    private void Seed(SupervisionDbContext db, int currentYear)
    {
        var seeded = false;
        foreach (var year in new[] { currentYear, currentYear + 1 })
        {
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            if (year > HolidayCatalog.MaxYear || year < HolidayCatalog.MinYear || db.CalendarDays.Any(d => d.Date >= from && d.Date <= to))
                continue;
            var entries = HolidayCatalog.ForYear(year).Select(ToRecord).ToList();
            db.CalendarDays.AddRange(entries);
            SchedulingLog.CalendarSeeded(_logger, year, entries.Count);
            seeded = true;
        }
        if (!seeded)
            return;
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            // Another process or an administrator wrote the same year at the same time: those rows are as good.
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>A year's entries and where each comes from: the stored rows when the year has any, else the catalogue.</summary>
    public static IReadOnlyList<(CalendarDay Day, bool Stored)> EntriesOf(int year, IReadOnlyList<CalendarDayRecord> storedRowsOfYear)
    {
        ArgumentNullException.ThrowIfNull(storedRowsOfYear);
        if (storedRowsOfYear.Count == 0)
            return HolidayCatalog.ForYear(year).Select(d => (d, false)).ToList();
        return storedRowsOfYear.Select(FromRecord).OfType<CalendarDay>().OrderBy(d => d.Date).Select(d => (d, true)).ToList();
    }

    public static CalendarDayRecord ToRecord(CalendarDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new CalendarDayRecord
        {
            Date = day.Date,
            Type = day.Type.ToString(),
            NameVi = day.NameVi,
            NameEn = day.NameEn,
            Status = day.Status.ToString(),
            Source = day.Source,
        };
    }

    /// <summary>An entry of the table, or null when its type is not one the calendar knows (kept, but ignored).</summary>
    public static CalendarDay? FromRecord(CalendarDayRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!Enum.TryParse<CalendarDayType>(row.Type, ignoreCase: true, out var type) || !Enum.IsDefined(type))
            return null;
        var status = Enum.TryParse<CalendarDayStatus>(row.Status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : CalendarDayStatus.Proposed;
        return new CalendarDay(row.Date, type, row.NameVi, row.NameEn, status, row.Source);
    }
}

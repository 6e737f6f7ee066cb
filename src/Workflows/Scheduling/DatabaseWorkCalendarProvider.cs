using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// The work calendar from the <c>calendar_days</c> table, which an administrator edits. The current and the next
/// year are seeded from <see cref="HolidayCatalog"/> when the table has no entry for them; years the table does not
/// cover, and any failure to read it, fall back to the built-in catalogue. The calendar is cached and read again
/// after <see cref="RefreshInterval"/> or <see cref="Invalidate"/> (call it after editing the table).
/// </summary>
public sealed class DatabaseWorkCalendarProvider(
    IDbContextFactory<SupervisionDbContext> contexts,
    TimeProvider clock,
    ILogger<DatabaseWorkCalendarProvider>? logger = null) : IWorkCalendarProvider
{
    /// <summary>How long a loaded calendar is used before the table is read again.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ILogger _logger = logger ?? NullLogger<DatabaseWorkCalendarProvider>.Instance;
    private readonly Lock _lock = new();
    private WorkCalendar? _calendar;
    private DateTimeOffset _loadedAt;

    public WorkCalendar GetCalendar()
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_calendar is null || now - _loadedAt >= RefreshInterval || now < _loadedAt)
            {
                _calendar = Load(WorkCalendar.ToLocalDate(now).Year);
                _loadedAt = now;
            }
            return _calendar;
        }
    }

    /// <summary>Forgets the cached calendar, so the next use reads the table.</summary>
    public void Invalidate()
    {
        lock (_lock)
            _calendar = null;
    }

    private WorkCalendar Load(int year)
    {
        try
        {
            using var db = contexts.CreateDbContext();
            var rows = db.CalendarDays.AsNoTracking().ToList();
            var seeded = false;
            foreach (var seedYear in new[] { year, year + 1 })
            {
                if (rows.Any(r => r.Date.Year == seedYear) || seedYear > HolidayCatalog.MaxYear)
                    continue;
                var entries = HolidayCatalog.ForYear(seedYear).Select(ToRecord).ToList();
                db.CalendarDays.AddRange(entries);
                SchedulingLog.CalendarSeeded(_logger, seedYear, entries.Count);
                seeded = true;
            }
            if (seeded)
            {
                try
                {
                    db.SaveChanges();
                }
                catch (DbUpdateException)
                {
                    // Another process seeded the same year at the same time: its rows are as good.
                }
                rows = db.CalendarDays.AsNoTracking().ToList();
            }

            var days = new Dictionary<DateOnly, CalendarDay>();
            var covered = rows.Select(r => r.Date.Year).ToHashSet();
            for (var y = Math.Max(HolidayCatalog.MinYear, year - 1); y <= Math.Min(HolidayCatalog.MaxYear, year + 3); y++)
            {
                if (covered.Contains(y))
                    continue;
                foreach (var day in HolidayCatalog.ForYear(y))
                    days[day.Date] = day;
            }
            foreach (var row in rows)
            {
                if (FromRecord(row) is { } day)
                    days[day.Date] = day;
            }
            return new WorkCalendar(days.Values);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or DbUpdateException)
        {
            SchedulingLog.CalendarFallback(_logger, ex.Message);
            return WorkCalendar.CreateDefault(Math.Max(HolidayCatalog.MinYear, year - 1), Math.Min(HolidayCatalog.MaxYear, year + 3));
        }
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
        if (!Enum.TryParse<CalendarDayType>(row.Type, ignoreCase: true, out var type))
            return null;
        var status = Enum.TryParse<CalendarDayStatus>(row.Status, ignoreCase: true, out var s) ? s : CalendarDayStatus.Proposed;
        return new CalendarDay(row.Date, type, row.NameVi, row.NameEn, status, row.Source);
    }
}

using Supervision.Workflows.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.ListCalendarDays;

/// <summary>
/// A year of the work calendar: the entries administrators keep (<c>Stored</c>) or, for a year nobody has edited, the
/// holiday catalogue's (<c>Catalogue</c>).
/// </summary>
public sealed record ListCalendarDays(int? Year) : IRequest<CalendarYearResponse>;

public sealed record CalendarYearResponse(int Year, string Origin, IReadOnlyList<DayOfWeek> WeeklyRestDays, IReadOnlyList<CalendarDayResponse> Days);

internal sealed class ListCalendarDaysHandler(SupervisionDbContext db, TimeProvider clock) : IRequestHandler<ListCalendarDays, CalendarYearResponse>
{
    public async ValueTask<CalendarYearResponse> Handle(ListCalendarDays request, CancellationToken cancellationToken)
    {
        var year = request.Year ?? WorkCalendar.ToLocalDate(clock.GetUtcNow()).Year;
        var entries = await CalendarYears.EntriesAsync(db, year, cancellationToken);
        var origin = entries.Count > 0 && entries[0].Stored ? CalendarYears.Stored : CalendarYears.Catalogue;
        return new CalendarYearResponse(year, origin, WorkCalendar.DefaultWeeklyRestDays,
            entries.Select(e => CalendarYears.ToResponse(e.Day, e.Stored)).ToList());
    }
}

internal static class CalendarYears
{
    public const string Stored = "Stored";
    public const string Catalogue = "Catalogue";

    public static async Task<IReadOnlyList<(CalendarDay Day, bool Stored)>> EntriesAsync(SupervisionDbContext db, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var rows = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).ToListAsync(cancellationToken);
        return DatabaseWorkCalendarProvider.EntriesOf(year, rows);
    }

    /// <summary>
    /// Before the first edit of a year, copies the catalogue's entries into the table (tracked, saved with the edit),
    /// so that from then on the year is exactly what administrators keep.
    /// </summary>
    public static async Task<bool> TakeOverYearAsync(SupervisionDbContext db, int year, CancellationToken cancellationToken)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        if (await db.CalendarDays.AnyAsync(d => d.Date >= from && d.Date <= to, cancellationToken))
            return false;
        db.CalendarDays.AddRange(HolidayCatalog.ForYear(year).Select(DatabaseWorkCalendarProvider.ToRecord));
        return true;
    }

    /// <summary>Saves an edit; two administrators taking over the same year at once collide on its dates (409, nothing saved).</summary>
    public static async Task SaveAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            throw new Infrastructure.ConflictException($"The calendar was changed by someone else meanwhile; reload it and try again. ({ex.InnerException?.Message ?? ex.Message})");
        }
    }

    public static CalendarDayResponse ToResponse(CalendarDay day, bool stored) =>
        new(day.Date, day.Type, day.NameVi, day.NameEn, day.Status, day.Source, day.IsDayOff, stored ? Stored : Catalogue);
}

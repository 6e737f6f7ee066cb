using Supervision.Workflows.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Admin.ListCalendarDays;
using Supervision.Api.Features.Common;
using Supervision.Api.Infrastructure;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.RemoveCalendarDay;

/// <summary>Removes the entry of a date, so the weekly pattern applies to it again.</summary>
public sealed record RemoveCalendarDay(DateOnly Date) : IRequest<bool>, IAuditedCommand;

internal sealed class RemoveCalendarDayHandler(SupervisionDbContext db, DatabaseWorkCalendarProvider calendar) : IRequestHandler<RemoveCalendarDay, bool>
{
    public async ValueTask<bool> Handle(RemoveCalendarDay request, CancellationToken cancellationToken)
    {
        await CalendarYears.TakeOverYearAsync(db, request.Date.Year, cancellationToken);
        var row = db.CalendarDays.Local.FirstOrDefault(d => d.Date == request.Date)
            ?? await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == request.Date, cancellationToken)
            ?? throw new NotFoundException("Calendar entry", request.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (db.Entry(row).State == EntityState.Added)
            db.Entry(row).State = EntityState.Detached;
        else
            db.CalendarDays.Remove(row);
        await CalendarYears.SaveAsync(db, cancellationToken);
        calendar.Invalidate();
        return true;
    }
}

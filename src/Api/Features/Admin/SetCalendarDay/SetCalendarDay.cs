using Supervision.Workflows.Scheduling;
using Mediator;
using Supervision.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Admin.ListCalendarDays;
using Supervision.Api.Features.Common;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Admin.SetCalendarDay;

/// <summary>
/// Adds or changes the entry of a date: a holiday, a day off in lieu, a swapped day, a make-up working day or an
/// observance, official or proposed, with the document that announces it. New deadlines use it at once; due dates
/// already given are not recomputed.
/// </summary>
public sealed record SetCalendarDay(DateOnly Date, string? Type, string? NameVi, string? NameEn, string? Status, string? Source) : IRequest<CalendarDayResponse>, IAuditedCommand;

internal sealed class SetCalendarDayHandler(SupervisionDbContext db, DatabaseWorkCalendarProvider calendar) : IRequestHandler<SetCalendarDay, CalendarDayResponse>
{
    public async ValueTask<CalendarDayResponse> Handle(SetCalendarDay request, CancellationToken cancellationToken)
    {
        var day = new CalendarDay(request.Date, Enum.Parse<CalendarDayType>(request.Type!), request.NameVi!.Trim(), (request.NameEn ?? request.NameVi!).Trim(),
            request.Status is null ? CalendarDayStatus.Official : Enum.Parse<CalendarDayStatus>(request.Status),
            string.IsNullOrWhiteSpace(request.Source) ? null : request.Source.Trim());
        await CalendarYears.TakeOverYearAsync(db, request.Date.Year, cancellationToken);
        var row = db.CalendarDays.Local.FirstOrDefault(d => d.Date == request.Date)
            ?? await db.CalendarDays.FirstOrDefaultAsync(d => d.Date == request.Date, cancellationToken);
        var values = DatabaseWorkCalendarProvider.ToRecord(day);
        if (row is null)
        {
            db.CalendarDays.Add(values);
        }
        else
        {
            row.Type = values.Type;
            row.NameVi = values.NameVi;
            row.NameEn = values.NameEn;
            row.Status = values.Status;
            row.Source = values.Source;
        }
        await CalendarYears.SaveAsync(db, cancellationToken);
        calendar.Invalidate();
        return CalendarYears.ToResponse(day, stored: true);
    }
}

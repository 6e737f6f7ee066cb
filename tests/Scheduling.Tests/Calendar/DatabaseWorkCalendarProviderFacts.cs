using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Calendar;
using Supervision.Scheduling.Tests.Support;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Scheduling;

namespace Supervision.Scheduling.Tests.Calendar;

public sealed class DatabaseWorkCalendarProviderFacts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetCalendar_SeedsTheCurrentAndNextYear_WhenTheTableIsEmpty()
    {
        await using var database = await Databases.CreateAsync("sqlite");
        await using var host = SchedulingHost.Create(database);

        var calendar = host.Get<IWorkCalendarProvider>().GetCalendar();

        await using var db = host.CreateDbContext();
        var years = await db.CalendarDays.Select(d => d.Date.Year).Distinct().OrderBy(y => y).ToListAsync(Ct);
        years.ShouldBe([2026, 2027]);
        (await db.CalendarDays.CountAsync(d => d.Date.Year == 2026, Ct)).ShouldBe(HolidayCatalog.ForYear(2026).Count);
        calendar.IsWorkingDay(new DateOnly(2026, 2, 17)).ShouldBeFalse(); // Tết
        calendar.IsWorkingDay(new DateOnly(2025, 4, 30)).ShouldBeFalse(); // last year, from the built-in catalogue
        calendar.IsWorkingDay(new DateOnly(2026, 1, 10)).ShouldBeTrue();  // a make-up Saturday
    }

    [Fact]
    public async Task GetCalendar_FollowsAnAdministratorsEdit_AfterInvalidate()
    {
        await using var database = await Databases.CreateAsync("sqlite");
        await using var host = SchedulingHost.Create(database);
        var provider = host.Get<DatabaseWorkCalendarProvider>();
        var day = new DateOnly(2026, 11, 24); // Tuesday: Ngày Văn hóa Việt Nam, should it become a holiday
        provider.GetCalendar().IsWorkingDay(day).ShouldBeTrue();

        await using (var db = host.CreateDbContext())
        {
            db.CalendarDays.Add(DatabaseWorkCalendarProvider.ToRecord(new CalendarDay(day, CalendarDayType.Holiday, "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day")));
            await db.SaveChangesAsync(Ct);
        }
        provider.Invalidate();

        provider.GetCalendar().IsWorkingDay(day).ShouldBeFalse();
    }
}

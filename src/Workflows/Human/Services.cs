using System.Text.Json.Nodes;
using Supervision.Domain.Calendar;

namespace Supervision.Workflows.Human;

/// <summary>The working-day calendar deadlines are computed on (editable by an administrator).</summary>
public interface IWorkCalendarProvider
{
    WorkCalendar GetCalendar();
}

/// <summary>The calendar from the built-in holiday catalogue, for last year to three years ahead.</summary>
public sealed class DefaultWorkCalendarProvider(TimeProvider clock) : IWorkCalendarProvider
{
    private WorkCalendar? _calendar;
    private int _year;

    public WorkCalendar GetCalendar()
    {
        var year = WorkCalendar.ToLocalDate(clock.GetUtcNow()).Year;
        if (_calendar is null || _year != year)
        {
            _calendar = WorkCalendar.CreateDefault(year - 1, year + 3);
            _year = year;
        }
        return _calendar;
    }
}

/// <summary>A unit as activities need it: id, names, kind and parent.</summary>
public sealed record DirectoryUnit(string Id, string Code, string NameVi, string? NameEn, string Kind, string? ParentId);

/// <summary>
/// Answers questions about the organisation: which units a query names ("all affiliated Party
/// committees of the board"), and what a unit is called.
/// </summary>
public interface IOrgDirectory
{
    DirectoryUnit? Find(string idOrCode);

    /// <summary>
    /// Resolves a unit query: <c>children:&lt;unit&gt;</c>, <c>descendants:&lt;unit&gt;</c>,
    /// <c>kind:&lt;Kind&gt;[@&lt;unit&gt;]</c>, or a comma-separated list of ids or codes.
    /// </summary>
    IReadOnlyList<DirectoryUnit> Resolve(string query, DateOnly on);

    /// <summary>Whether the unit with this id exists and is open on the day.</summary>
    bool IsOpen(string id, DateOnly on);
}

/// <summary>A message to people, written to the notification outbox by the host.</summary>
public sealed record NotificationRequest(
    string TemplateKey,
    IReadOnlyList<string> UnitIds,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> UserNames,
    string Subject,
    string Body,
    string Channel,
    JsonObject? Data);

/// <summary>Where activities send notifications; the host stores them in the outbox of the same transaction.</summary>
public interface INotificationSink
{
    void Send(NotificationRequest notification);
}

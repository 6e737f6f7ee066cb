using System.Text.Json.Serialization;

namespace Supervision.Domain.Calendar;

/// <summary>The kind of a scheduled reminder, in the order reminders at the same instant are sent.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReminderKind>))]
public enum ReminderKind
{
    /// <summary>Before the due date.</summary>
    Upcoming,

    /// <summary>On the due date.</summary>
    DueToday,

    /// <summary>After the due date.</summary>
    Overdue,

    /// <summary>A step of the escalation ladder.</summary>
    Escalation,
}

/// <summary>One reminder or escalation due to go out.</summary>
/// <param name="At">When to send it, at +07:00.</param>
/// <param name="Kind">What kind of reminder it is.</param>
/// <param name="WorkingDaysFromDue">Working days from the due date: negative before it, 0 on it, positive after.</param>
/// <param name="Escalation">The escalation step, for <see cref="ReminderKind.Escalation"/>.</param>
public sealed record ScheduledReminder(
    DateTimeOffset At,
    ReminderKind Kind,
    int WorkingDaysFromDue,
    EscalationRule? Escalation = null)
{
    /// <summary>The local date the reminder goes out on.</summary>
    [JsonIgnore]
    public DateOnly On => WorkCalendar.ToLocalDate(At);
}

/// <summary>
/// Computes when the reminders and escalations of a task go out. Every one goes out on a
/// working day at the policy's local time; a job sends the next one and schedules the one after.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>
    /// The reminders and escalations for a task due on <paramref name="dueOn"/> that are not yet
    /// past at <paramref name="from"/> (sent at or after it), in sending order. The due-day
    /// reminder is sent only when the due date is a working day; a duplicated offset is sent once.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy or an escalation rule is invalid.</exception>
    public static IReadOnlyList<ScheduledReminder> Compute(
        DateOnly dueOn,
        ReminderPolicy policy,
        IEnumerable<EscalationRule> escalations,
        WorkCalendar calendar,
        DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(escalations);
        ArgumentNullException.ThrowIfNull(calendar);

        policy.Validate();
        var rules = escalations.ToList();
        foreach (var rule in rules)
        {
            if (rule is null)
            {
                throw new ArgumentException("The escalation rules contain a null rule.", nameof(escalations));
            }

            rule.Validate();
        }

        var reminders = new List<ScheduledReminder>();
        foreach (var before in policy.OffsetsBefore.Distinct())
        {
            var day = calendar.AddWorkingDays(dueOn, -before);
            reminders.Add(new(WorkCalendar.AtLocalTime(day, policy.SendAt), ReminderKind.Upcoming, -before));
        }

        if (policy.OnDueAt is { } dueTime && calendar.IsWorkingDay(dueOn))
        {
            reminders.Add(new(WorkCalendar.AtLocalTime(dueOn, dueTime), ReminderKind.DueToday, 0));
        }

        foreach (var after in policy.OverdueAfter.Distinct())
        {
            var day = calendar.AddWorkingDays(dueOn, after);
            reminders.Add(new(WorkCalendar.AtLocalTime(day, policy.SendAt), ReminderKind.Overdue, after));
        }

        foreach (var rule in rules)
        {
            var day = calendar.AddWorkingDays(dueOn, rule.AfterWorkingDaysOverdue);
            reminders.Add(new(WorkCalendar.AtLocalTime(day, policy.SendAt), ReminderKind.Escalation, rule.AfterWorkingDaysOverdue, rule));
        }

        // OrderBy is stable, so escalations due together keep the order they were defined in.
        return
        [
            .. reminders
                .Where(r => r.At >= from)
                .OrderBy(r => r.At)
                .ThenBy(r => r.Kind)
                .ThenBy(r => r.WorkingDaysFromDue),
        ];
    }

    /// <summary>
    /// The first reminder or escalation strictly after <paramref name="after"/>, or null when none
    /// is left. A reminder job schedules itself for its <see cref="ScheduledReminder.At"/>; when it
    /// runs it sends <see cref="ScheduledAt"/> that instant (an overdue reminder and an escalation
    /// can share one) and calls this again with the same instant.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy or an escalation rule is invalid.</exception>
    public static ScheduledReminder? Next(
        DateOnly dueOn,
        ReminderPolicy policy,
        IEnumerable<EscalationRule> escalations,
        WorkCalendar calendar,
        DateTimeOffset after) =>
        Compute(dueOn, policy, escalations, calendar, after).FirstOrDefault(r => r.At > after);

    /// <summary>All reminders and escalations scheduled exactly at <paramref name="at"/>, in sending order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The policy or an escalation rule is invalid.</exception>
    public static IReadOnlyList<ScheduledReminder> ScheduledAt(
        DateOnly dueOn,
        ReminderPolicy policy,
        IEnumerable<EscalationRule> escalations,
        WorkCalendar calendar,
        DateTimeOffset at) =>
        [.. Compute(dueOn, policy, escalations, calendar, at).TakeWhile(r => r.At == at)];
}

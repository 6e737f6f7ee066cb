using Supervision.Workflows.Scheduling;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Activities.Cycle;
using Supervision.Workflows.Definitions;

namespace Supervision.Api.Features.WorkflowDefinitions.PreviewTimeline;

/// <summary>
/// What a definition's deadlines would be if it started on <see cref="StartDate"/>: for every human task whose
/// deadline rule or due date is written as a literal, the due date on the work calendar, the reminders and the
/// escalations (the task's own literal policy and ladder, else the defaults), and the days off in between. Each task
/// is counted from the start date; a deadline computed by a script is listed under <c>unresolved</c>.
/// </summary>
public sealed record PreviewTimeline(JsonObject? Definition, DateOnly? StartDate) : IRequest<TimelineResponse>;

public sealed record TimelineResponse(IReadOnlyList<TimelineItem> Items, IReadOnlyList<TimelineHoliday> Holidays, IReadOnlyList<UnresolvedDeadline> Unresolved);

/// <param name="Kind"><c>Deadline</c>, <c>Reminder</c> or <c>Escalation</c>.</param>
/// <param name="At">When: the end of the due day for a deadline (24:00 Hà Nội), the sending time for the others.</param>
/// <param name="Date">The local date of <paramref name="At"/> (for a deadline, the due date itself).</param>
/// <param name="WorkingDaysFromDue">Negative before the due date, 0 on it, positive after.</param>
/// <param name="Label">The item as one sentence in the request's language, for clients that show it as it is.</param>
/// <param name="What">The same, as parts a client words itself: the deadline's rule, or the reminder's kind and the escalation's action.</param>
public sealed record TimelineItem(string ActivityId, string ActivityName, string Kind, DateTimeOffset At, DateOnly Date, int WorkingDaysFromDue, string Label,
    TimelineWhat What);

/// <param name="Rule">A deadline's rule (<c>WorkingDays:10</c>); null for a fixed due date.</param>
/// <param name="FixedDue">A deadline's fixed due date, before it rolls to a working day.</param>
/// <param name="Reminder"><c>Upcoming</c>, <c>DueToday</c>, <c>Overdue</c> or <c>Escalation</c>; null for a deadline.</param>
/// <param name="Action">An escalation's action: <c>NotifyRole</c>, <c>IssueUrgeNotice</c>, <c>ReportToCommittee</c> or <c>Timeout</c>.</param>
/// <param name="Role">The unit role an escalation notifies.</param>
/// <param name="UrgeLevel">The level (1–4) of the urge notice an escalation issues.</param>
public sealed record TimelineWhat(string? Rule = null, DateOnly? FixedDue = null, string? Reminder = null, string? Action = null, string? Role = null, int? UrgeLevel = null);

public sealed record TimelineHoliday(DateOnly Date, string Type, string NameVi, string NameEn);

public sealed record UnresolvedDeadline(string ActivityId, string ActivityName, string Reason);

internal sealed class PreviewTimelineHandler(ActivityRegistry registry, DatabaseWorkCalendarProvider calendars, CurrentUserAccessor current) : IRequestHandler<PreviewTimeline, TimelineResponse>
{
    public ValueTask<TimelineResponse> Handle(PreviewTimeline request, CancellationToken cancellationToken)
    {
        var definition = DefinitionRules.Read(request.Definition!).Definition;
        DefinitionRules.ThrowIfRefused(definition, "definition", requireId: false);
        var start = request.StartDate!.Value;
        var english = current.User.PrefersEnglish;

        var tasks = new List<(ActivityNode Node, string Name, DateOnly? DueDate, DeadlineRule? Rule, ReminderPolicy Policy, IReadOnlyList<EscalationRule> Ladder)>();
        var unresolved = new List<UnresolvedDeadline>();
        foreach (var node in definition.AllActivities().Where(n => !n.IsFlowchart))
        {
            if (!registry.TryGet(node.Type, out var activity) || activity is not HumanTaskActivity)
                continue;
            var name = node.Name ?? node.Id;
            try
            {
                var (dueDate, rule, reason) = ReadDeadline(activity.Descriptor, node);
                if (reason is not null)
                {
                    unresolved.Add(new UnresolvedDeadline(node.Id, name, reason));
                    continue;
                }
                var policy = Literal<ReminderPolicy>(activity.Descriptor, node, "reminderPolicy") ?? ReminderPolicy.Default;
                var ladder = Literal<List<EscalationRule>>(activity.Descriptor, node, "escalations") ?? EscalationRule.Defaults;
                policy.Validate();
                foreach (var step in ladder)
                    step.Validate();
                tasks.Add((node, name, dueDate, rule, policy, ladder));
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException)
            {
                unresolved.Add(new UnresolvedDeadline(node.Id, name, ex.Message));
            }
        }

        // Enough years for the longest rule plus the escalation ladder after it.
        var longest = tasks.Select(t => t.Rule?.Days ?? 0).DefaultIfEmpty(0).Max();
        var lastDate = tasks.Select(t => t.DueDate ?? start).DefaultIfEmpty(start).Max();
        var calendar = calendars.ForYears(start.Year - 1, Math.Max(lastDate.Year, start.Year) + 2 + longest / 200);

        var items = new List<TimelineItem>();
        foreach (var (node, name, dueDate, rule, policy, ladder) in tasks)
        {
            var due = dueDate is { } fixedDate ? calendar.RollForward(fixedDate) : rule!.Compute(start, calendar);
            items.Add(new TimelineItem(node.Id, name, "Deadline", WorkCalendar.EndOfDay(due), due, 0, DeadlineLabel(rule, dueDate, english),
                new TimelineWhat(Rule: rule?.ToString(), FixedDue: rule is null ? dueDate : null)));
            foreach (var reminder in ReminderSchedule.Compute(due, policy, ladder, calendar, WorkCalendar.StartOfDay(start)))
            {
                var escalation = reminder.Escalation;
                items.Add(new TimelineItem(node.Id, name, reminder.Kind == ReminderKind.Escalation ? "Escalation" : "Reminder",
                    reminder.At, reminder.On, reminder.WorkingDaysFromDue, ReminderLabel(reminder, english),
                    new TimelineWhat(Reminder: reminder.Kind.ToString(), Action: escalation?.Action.ToString(),
                        Role: escalation?.Action == EscalationAction.NotifyRole ? escalation.Role : null,
                        UrgeLevel: escalation?.Action == EscalationAction.IssueUrgeNotice ? escalation.UrgeLevel : null)));
            }
        }
        var order = definition.AllActivities().Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        items = items.OrderBy(i => i.At).ThenBy(i => order.GetValueOrDefault(i.ActivityId)).ToList();

        var end = items.Count == 0 ? start : items.Max(i => i.Date);
        var holidays = calendar.Days
            .Where(d => d.IsDayOff && d.Date >= start && d.Date <= end)
            .Select(d => new TimelineHoliday(d.Date, d.Type.ToString(), d.NameVi, d.NameEn))
            .ToList();
        return ValueTask.FromResult(new TimelineResponse(items, holidays, unresolved));
    }

    /// <summary>A literal due date wins over a rule (as when the task opens); anything computed at run time cannot be previewed.</summary>
    private static (DateOnly? DueDate, DeadlineRule? Rule, string? Unresolved) ReadDeadline(ActivityDescriptor descriptor, ActivityNode node)
    {
        if (descriptor.FindInput("dueDate") is not null)
        {
            if (IsComputed(node, "dueDate"))
                return (null, null, "The due date is computed when the task opens.");
            if (LiteralInputs.Read(node, "dueDate") is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0)
            {
                return DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date)
                    ? (date, null, null)
                    : (null, null, $"The due date '{text}' is not a date (yyyy-MM-dd).");
            }
        }
        if (descriptor.FindInput("deadline") is null)
            return (null, null, "This activity has no deadline.");
        if (IsComputed(node, "deadline"))
            return (null, null, "The deadline rule is computed when the task opens.");
        if (LiteralInputs.Read(node, "deadline") is not JsonValue value || !value.TryGetValue<string>(out var ruleText) || ruleText.Length == 0)
            return (null, null, "The task has no deadline.");
        return DeadlineRule.TryParse(ruleText, out var parsed)
            ? (null, parsed, null)
            : (null, null, $"'{ruleText}' is not a deadline rule; use WorkingDays:N, CalendarDays:N, FixedDate:MM-dd, FixedDate:yyyy-MM-dd or DayOfMonth:N.");
    }

    /// <summary>Written as a script or a variable rather than a literal.</summary>
    private static bool IsComputed(ActivityNode node, string input) =>
        (node.Properties[input] ?? node.Properties[char.ToUpperInvariant(input[0]) + input[1..]]) is JsonObject { } written && written["expression"] is JsonObject expression
        && expression["type"] is JsonValue type && type.TryGetValue<string>(out var kind) && kind is not ("Literal" or "Object");

    private static T? Literal<T>(ActivityDescriptor descriptor, ActivityNode node, string input) where T : class =>
        descriptor.FindInput(input) is null ? null : HumanTaskActivity.ToModel<T>(LiteralInputs.Read(node, input) is { } written ? written.DeepClone() : null);

    private static string DeadlineLabel(DeadlineRule? rule, DateOnly? dueDate, bool english) => (rule, english) switch
    {
        (null, true) => string.Create(CultureInfo.InvariantCulture, $"Due (fixed date {dueDate:yyyy-MM-dd})"),
        (null, false) => string.Create(CultureInfo.InvariantCulture, $"Hạn hoàn thành (ngày {dueDate:dd/MM/yyyy})"),
        (_, true) => $"Due ({rule})",
        _ => $"Hạn hoàn thành ({rule})",
    };

    private static string ReminderLabel(ScheduledReminder reminder, bool english)
    {
        var days = Math.Abs(reminder.WorkingDaysFromDue);
        return (reminder.Kind, english) switch
        {
            (ReminderKind.Upcoming, true) => $"Reminder {days} working day(s) before the due date",
            (ReminderKind.Upcoming, false) => $"Nhắc trước hạn {days} ngày làm việc",
            (ReminderKind.DueToday, true) => "Reminder on the due date",
            (ReminderKind.DueToday, false) => "Nhắc vào ngày đến hạn",
            (ReminderKind.Overdue, true) => $"Overdue reminder, {days} working day(s) late",
            (ReminderKind.Overdue, false) => $"Nhắc quá hạn {days} ngày làm việc",
            _ => EscalationLabel(reminder.Escalation!, english),
        };
    }

    private static string EscalationLabel(EscalationRule rule, bool english) => (rule.Action, english) switch
    {
        (EscalationAction.NotifyRole, true) => $"Escalate: notify {rule.Role}",
        (EscalationAction.NotifyRole, false) => $"Chuyển cấp: báo {rule.Role}",
        (EscalationAction.IssueUrgeNotice, true) => $"Issue an urging letter (level {rule.UrgeLevel})",
        (EscalationAction.IssueUrgeNotice, false) => $"Ban hành công văn đôn đốc cấp {rule.UrgeLevel}",
        (EscalationAction.ReportToCommittee, true) => "Flag for the committee report",
        (EscalationAction.ReportToCommittee, false) => "Đưa vào báo cáo cấp ủy",
        (_, true) => "Time the task out",
        _ => "Hết thời hạn xử lý",
    };
}

using System.Globalization;
using System.Text.Json.Serialization;

namespace Supervision.Domain.Calendar;

/// <summary>What an escalation does.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EscalationAction>))]
public enum EscalationAction
{
    /// <summary>Notify the holder of a role (e.g. the section head).</summary>
    NotifyRole,

    /// <summary>Draft an urging letter (công văn đôn đốc) of the given level.</summary>
    IssueUrgeNotice,

    /// <summary>Flag the task for the report to the Party committee.</summary>
    ReportToCommittee,

    /// <summary>Time the task out so the workflow can take its timeout path.</summary>
    Timeout,
}

/// <summary>
/// A step of the escalation ladder, taken a number of working days after the due date. Stored in
/// workflow definitions as JSON, e.g. <c>{"afterWorkingDaysOverdue":3,"action":"NotifyRole","role":"SectionHead"}</c>.
/// </summary>
public sealed record EscalationRule
{
    /// <summary>Role key of the head of the section that owns the task (trưởng phòng).</summary>
    public const string SectionHeadRole = "SectionHead";

    /// <summary>Role key of the board's leadership (lãnh đạo ban).</summary>
    public const string BoardLeaderRole = "BoardLeader";

    /// <summary>
    /// The default ladder: +3 working days notify the section head, +5 notify the board leader,
    /// +7 an urging letter of level 3, +15 flag for the committee report.
    /// </summary>
    public static IReadOnlyList<EscalationRule> Defaults { get; } =
    [
        NotifyRole(3, SectionHeadRole),
        NotifyRole(5, BoardLeaderRole),
        IssueUrgeNotice(7, 3),
        ReportToCommittee(15),
    ];

    /// <summary>Working days after the due date (1–366) on which the step is taken.</summary>
    public int AfterWorkingDaysOverdue { get; init; }

    /// <summary>What the step does.</summary>
    public EscalationAction Action { get; init; }

    /// <summary>The role to notify; required for <see cref="EscalationAction.NotifyRole"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    /// <summary>The urging level, 1–4; required for <see cref="EscalationAction.IssueUrgeNotice"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? UrgeLevel { get; init; }

    /// <summary>Notify a role a number of working days after the due date.</summary>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public static EscalationRule NotifyRole(int afterWorkingDaysOverdue, string role) =>
        Valid(new() { AfterWorkingDaysOverdue = afterWorkingDaysOverdue, Action = EscalationAction.NotifyRole, Role = role });

    /// <summary>Issue an urging letter of level 1–4 a number of working days after the due date.</summary>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public static EscalationRule IssueUrgeNotice(int afterWorkingDaysOverdue, int level) =>
        Valid(new() { AfterWorkingDaysOverdue = afterWorkingDaysOverdue, Action = EscalationAction.IssueUrgeNotice, UrgeLevel = level });

    /// <summary>Flag the task for the committee report a number of working days after the due date.</summary>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public static EscalationRule ReportToCommittee(int afterWorkingDaysOverdue) =>
        Valid(new() { AfterWorkingDaysOverdue = afterWorkingDaysOverdue, Action = EscalationAction.ReportToCommittee });

    /// <summary>Time the task out a number of working days after the due date.</summary>
    /// <exception cref="ArgumentException">The rule is invalid.</exception>
    public static EscalationRule Timeout(int afterWorkingDaysOverdue) =>
        Valid(new() { AfterWorkingDaysOverdue = afterWorkingDaysOverdue, Action = EscalationAction.Timeout });

    /// <summary>Checks a rule, which JSON can leave invalid.</summary>
    /// <exception cref="ArgumentException">The rule is invalid; the message says which value and why.</exception>
    public void Validate()
    {
        if (AfterWorkingDaysOverdue is < 1 or > ReminderPolicy.MaxWorkingDays)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"AfterWorkingDaysOverdue is {AfterWorkingDaysOverdue}; it must be 1–{ReminderPolicy.MaxWorkingDays} working days."),
                nameof(AfterWorkingDaysOverdue));
        }

        if (!Enum.IsDefined(Action))
        {
            throw new ArgumentException($"Action '{Action}' is not an escalation action.", nameof(Action));
        }

        if (Action == EscalationAction.NotifyRole && string.IsNullOrWhiteSpace(Role))
        {
            throw new ArgumentException("A NotifyRole escalation needs a Role.", nameof(Role));
        }

        if (Action == EscalationAction.IssueUrgeNotice && UrgeLevel is null)
        {
            throw new ArgumentException("An IssueUrgeNotice escalation needs an UrgeLevel from 1 to 4.", nameof(UrgeLevel));
        }

        if (UrgeLevel is < 1 or > 4)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"UrgeLevel is {UrgeLevel}; urging levels are 1–4."), nameof(UrgeLevel));
        }
    }

    private static EscalationRule Valid(EscalationRule rule)
    {
        rule.Validate();
        return rule;
    }
}

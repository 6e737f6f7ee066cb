using System.Text.Json;
using Supervision.Domain.Calendar;

namespace Supervision.Domain.Tests.Calendar;

public class ReminderScheduleFacts
{
    private static readonly WorkCalendar Vietnam = WorkCalendar.CreateDefault(2025, 2027);
    private static readonly DateOnly Due = new(2026, 3, 3); // Tuesday
    private static readonly DateTimeOffset LongBefore = At(2026, 1, 5, 0, 0);

    [Fact]
    public void Compute_ListsEveryReminderAndEscalationInOrder_WhenPolicyAndLadderAreTheDefaults()
    {
        var schedule = ReminderSchedule.Compute(Due, ReminderPolicy.Default, EscalationRule.Defaults, Vietnam, LongBefore);

        schedule.Select(r => (r.At, r.Kind, r.WorkingDaysFromDue)).ShouldBe(
        [
            (At(2026, 2, 24, 8, 0), ReminderKind.Upcoming, -5),  // 2/3, 27/2, 26/2, 25/2, 24/2
            (At(2026, 2, 27, 8, 0), ReminderKind.Upcoming, -2),  // Friday; the weekend 28/2–1/3 is skipped
            (At(2026, 3, 2, 8, 0), ReminderKind.Upcoming, -1),   // Monday
            (At(2026, 3, 3, 8, 0), ReminderKind.DueToday, 0),
            (At(2026, 3, 4, 8, 0), ReminderKind.Overdue, 1),
            (At(2026, 3, 6, 8, 0), ReminderKind.Overdue, 3),
            (At(2026, 3, 6, 8, 0), ReminderKind.Escalation, 3),  // section head
            (At(2026, 3, 10, 8, 0), ReminderKind.Escalation, 5), // board leader; 7/3–8/3 weekend
            (At(2026, 3, 12, 8, 0), ReminderKind.Overdue, 7),
            (At(2026, 3, 12, 8, 0), ReminderKind.Escalation, 7), // urging letter level 3
            (At(2026, 3, 24, 8, 0), ReminderKind.Escalation, 15),
        ]);
        schedule.Where(r => r.Kind == ReminderKind.Escalation).Select(r => r.Escalation).ShouldBe(EscalationRule.Defaults);
        schedule.ShouldAllBe(r => r.At.Offset == TimeSpan.FromHours(7) && Vietnam.IsWorkingDay(r.On));
        schedule[0].At.UtcDateTime.ShouldBe(new DateTime(2026, 2, 24, 1, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Compute_SkipsTheTetBreak_WhenTheTaskIsDueRightAfterIt()
    {
        var schedule = ReminderSchedule.Compute(new DateOnly(2026, 2, 24), ReminderPolicy.Default, [], Vietnam, LongBefore);

        schedule.Where(r => r.Kind == ReminderKind.Upcoming).Select(r => r.On).ShouldBe(
        [
            new DateOnly(2026, 2, 10), // 5 WD before: 23/2, 13/2, 12/2, 11/2, 10/2
            new DateOnly(2026, 2, 13), // 2 WD before: the last working day before Tết
            new DateOnly(2026, 2, 23),
        ]);
    }

    [Fact]
    public void Compute_SendsOnTheMakeUpSaturday_WhenItIsTheWorkingDayBefore()
    {
        var schedule = ReminderSchedule.Compute(new DateOnly(2026, 1, 12), ReminderPolicy.Default, [], Vietnam, LongBefore);

        schedule.Single(r => r.WorkingDaysFromDue == -1).On.ShouldBe(new DateOnly(2026, 1, 10)); // Saturday, make-up day
        schedule.Single(r => r.WorkingDaysFromDue == -5).On.ShouldBe(new DateOnly(2026, 1, 6));
    }

    [Fact]
    public void Compute_OmitsTheDueDayReminder_WhenTheDueDateIsNotAWorkingDay()
    {
        var schedule = ReminderSchedule.Compute(new DateOnly(2026, 3, 8), ReminderPolicy.Default, [], Vietnam, LongBefore);

        schedule.ShouldNotContain(r => r.Kind == ReminderKind.DueToday);
        schedule.Single(r => r.WorkingDaysFromDue == -1).On.ShouldBe(new DateOnly(2026, 3, 6));
        schedule.Single(r => r.WorkingDaysFromDue == 1).On.ShouldBe(new DateOnly(2026, 3, 9));
    }

    [Fact]
    public void Compute_SkipsRemindersAlreadyPast_WhenFromIsLate()
    {
        var schedule = ReminderSchedule.Compute(Due, ReminderPolicy.Default, EscalationRule.Defaults, Vietnam, At(2026, 3, 6, 8, 0));

        schedule.Count.ShouldBe(6);
        schedule[0].ShouldBe(new ScheduledReminder(At(2026, 3, 6, 8, 0), ReminderKind.Overdue, 3));
        ReminderSchedule.Compute(Due, ReminderPolicy.Default, EscalationRule.Defaults, Vietnam, At(2026, 3, 24, 8, 1)).ShouldBeEmpty();
    }

    [Fact]
    public void Compute_UsesThePolicyTimesAndOffsets_WhenTheyAreCustom()
    {
        var policy = new ReminderPolicy { OffsetsBefore = [3, 3], OnDueAt = new TimeOnly(7, 30), OverdueAfter = [], SendAt = new TimeOnly(14, 0) };

        var schedule = ReminderSchedule.Compute(Due, policy, [EscalationRule.Timeout(2)], Vietnam, LongBefore);

        schedule.Select(r => (r.At, r.Kind)).ShouldBe(
        [
            (At(2026, 2, 26, 14, 0), ReminderKind.Upcoming),
            (At(2026, 3, 3, 7, 30), ReminderKind.DueToday),
            (At(2026, 3, 5, 14, 0), ReminderKind.Escalation),
        ]);
        schedule[^1].Escalation!.Action.ShouldBe(EscalationAction.Timeout);
    }

    [Fact]
    public void Compute_SendsNoDueDayReminder_WhenOnDueAtIsNull()
    {
        var schedule = ReminderSchedule.Compute(Due, ReminderPolicy.Default with { OnDueAt = null }, [], Vietnam, LongBefore);

        schedule.ShouldNotContain(r => r.Kind == ReminderKind.DueToday);
        schedule.Count.ShouldBe(6);
    }

    [Fact]
    public void Next_ReturnsTheFirstReminderStrictlyAfterTheInstant_WhenOneIsLeft()
    {
        Next(At(2026, 2, 27, 8, 0)).ShouldBe(new ScheduledReminder(At(2026, 3, 2, 8, 0), ReminderKind.Upcoming, -1));
        Next(At(2026, 2, 27, 7, 59))!.At.ShouldBe(At(2026, 2, 27, 8, 0));
        Next(At(2026, 3, 6, 8, 0))!.Escalation.ShouldBe(EscalationRule.NotifyRole(5, EscalationRule.BoardLeaderRole));
        Next(At(2026, 3, 24, 8, 0)).ShouldBeNull();
    }

    [Fact]
    public void ScheduledAt_ReturnsEveryReminderOfTheInstant_WhenSeveralShareIt()
    {
        var batch = ReminderSchedule.ScheduledAt(Due, ReminderPolicy.Default, EscalationRule.Defaults, Vietnam, At(2026, 3, 12, 8, 0));

        batch.Select(r => r.Kind).ShouldBe([ReminderKind.Overdue, ReminderKind.Escalation]);
        batch[1].Escalation!.UrgeLevel.ShouldBe(3);
        ReminderSchedule.ScheduledAt(Due, ReminderPolicy.Default, EscalationRule.Defaults, Vietnam, At(2026, 3, 11, 8, 0)).ShouldBeEmpty();
    }

    [Fact]
    public void Compute_Throws_WhenPolicyOrRulesAreInvalid()
    {
        Should.Throw<ArgumentException>(() => Compute(new ReminderPolicy { OffsetsBefore = [0] }, []))
            .Message.ShouldContain("OffsetsBefore contains 0");
        Should.Throw<ArgumentException>(() => Compute(new ReminderPolicy { OverdueAfter = null! }, []))
            .Message.ShouldContain("OverdueAfter is missing");
        Should.Throw<ArgumentException>(() => Compute(ReminderPolicy.Default, [new EscalationRule { AfterWorkingDaysOverdue = 3, Action = EscalationAction.NotifyRole }]))
            .Message.ShouldContain("needs a Role");
        Should.Throw<ArgumentException>(() => Compute(ReminderPolicy.Default, [new EscalationRule { AfterWorkingDaysOverdue = 0, Action = EscalationAction.Timeout }]))
            .Message.ShouldContain("AfterWorkingDaysOverdue is 0");
        Should.Throw<ArgumentException>(() => Compute(ReminderPolicy.Default, [null!]));
        Should.Throw<ArgumentNullException>(() => Compute(null!, []));
        Should.Throw<ArgumentNullException>(() => ReminderSchedule.Compute(Due, ReminderPolicy.Default, null!, Vietnam, LongBefore));
        Should.Throw<ArgumentNullException>(() => ReminderSchedule.Compute(Due, ReminderPolicy.Default, [], null!, LongBefore));
    }

    [Theory]
    [InlineData(EscalationAction.IssueUrgeNotice, null, null, "needs an UrgeLevel")]
    [InlineData(EscalationAction.IssueUrgeNotice, null, 5, "urging levels are 1–4")]
    [InlineData(EscalationAction.ReportToCommittee, null, 0, "urging levels are 1–4")]
    [InlineData(EscalationAction.NotifyRole, " ", null, "needs a Role")]
    [InlineData((EscalationAction)9, null, null, "not an escalation action")]
    public void Validate_Throws_WhenAnEscalationRuleIsIncomplete(EscalationAction action, string? role, int? level, string reason)
    {
        var rule = new EscalationRule { AfterWorkingDaysOverdue = 3, Action = action, Role = role, UrgeLevel = level };

        Should.Throw<ArgumentException>(rule.Validate).Message.ShouldContain(reason);
    }

    [Fact]
    public void Factories_Throw_WhenValuesAreInvalid()
    {
        Should.Throw<ArgumentException>(() => EscalationRule.IssueUrgeNotice(7, 0));
        Should.Throw<ArgumentException>(() => EscalationRule.NotifyRole(3, ""));
        Should.Throw<ArgumentException>(() => EscalationRule.ReportToCommittee(-1));
    }

    [Fact]
    public void Defaults_MatchTheDesign_WhenRead()
    {
        ReminderPolicy.Default.OffsetsBefore.ShouldBe([5, 2, 1]);
        ReminderPolicy.Default.OnDueAt.ShouldBe(new TimeOnly(8, 0));
        ReminderPolicy.Default.OverdueAfter.ShouldBe([1, 3, 7]);
        EscalationRule.Defaults.ShouldBe(
        [
            new EscalationRule { AfterWorkingDaysOverdue = 3, Action = EscalationAction.NotifyRole, Role = "SectionHead" },
            new EscalationRule { AfterWorkingDaysOverdue = 5, Action = EscalationAction.NotifyRole, Role = "BoardLeader" },
            new EscalationRule { AfterWorkingDaysOverdue = 7, Action = EscalationAction.IssueUrgeNotice, UrgeLevel = 3 },
            new EscalationRule { AfterWorkingDaysOverdue = 15, Action = EscalationAction.ReportToCommittee },
        ]);
    }

    [Fact]
    public void Json_RoundTripsThePolicyCompactly_WhenSerialisedWithWebDefaults()
    {
        var json = JsonSerializer.Serialize(ReminderPolicy.Default, JsonSerializerOptions.Web);

        json.ShouldBe("""{"offsetsBefore":[5,2,1],"onDueAt":"08:00:00","overdueAfter":[1,3,7],"sendAt":"08:00:00"}""");
        JsonSerializer.Deserialize<ReminderPolicy>(json, JsonSerializerOptions.Web).ShouldBe(ReminderPolicy.Default);
    }

    [Fact]
    public void Json_KeepsDefaults_WhenThePolicyNamesOnlySomeProperties()
    {
        var policy = JsonSerializer.Deserialize<ReminderPolicy>("""{"offsetsBefore":[3],"onDueAt":"07:30"}""", JsonSerializerOptions.Web)!;

        policy.ShouldBe(ReminderPolicy.Default with { OffsetsBefore = [3], OnDueAt = new TimeOnly(7, 30) });
        policy.ShouldNotBe(ReminderPolicy.Default);
        policy.ToString().ShouldBe("before 3 WD; due day 07:30; overdue 1,3,7 WD; at 08:00");
    }

    [Fact]
    public void Json_WritesEscalationActionsAsNames_WhenSerialised()
    {
        var json = JsonSerializer.Serialize(EscalationRule.Defaults, JsonSerializerOptions.Web);

        json.ShouldBe(
            """[{"afterWorkingDaysOverdue":3,"action":"NotifyRole","role":"SectionHead"},"""
            + """{"afterWorkingDaysOverdue":5,"action":"NotifyRole","role":"BoardLeader"},"""
            + """{"afterWorkingDaysOverdue":7,"action":"IssueUrgeNotice","urgeLevel":3},"""
            + """{"afterWorkingDaysOverdue":15,"action":"ReportToCommittee"}]""");
        JsonSerializer.Deserialize<List<EscalationRule>>(json, JsonSerializerOptions.Web).ShouldBe(EscalationRule.Defaults);
    }

    private static ScheduledReminder? Next(DateTimeOffset after) =>
        ReminderSchedule.Next(Due, ReminderPolicy.Default, EscalationRule.Defaults, Vietnam, after);

    private static IReadOnlyList<ScheduledReminder> Compute(ReminderPolicy policy, IEnumerable<EscalationRule> rules) =>
        ReminderSchedule.Compute(Due, policy, rules, Vietnam, LongBefore);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
}

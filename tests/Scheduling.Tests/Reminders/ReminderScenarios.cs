using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Supervision.Runtime.Tests.Support;
using Supervision.Scheduling.Tests.Support;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Scheduling.Tests.Reminders;

/// <summary>
/// A task given on Thursday 5/2/2026 with WorkingDays:10 is due on 26/2: the Tết break (14/2–22/2) is skipped.
/// Its reminders and escalations follow the default policy and ladder on working days, at 08:00 Hà Nội.
/// </summary>
public abstract class ReminderScenarios(string provider)
{
    private static readonly DateTimeOffset Today = new(2026, 2, 5, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateOnly DueOn = new(2026, 2, 26);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset At(int month, int day) => new(2026, month, day, 8, 0, 0, TimeSpan.FromHours(7));

    private static DefinitionBuilder TaskFlow(string id = "report", string? escalations = null, bool allowTimeout = false)
    {
        var inputs = new JsonObject
        {
            ["title"] = Lit("Báo cáo sơ kết 6 tháng"),
            ["assignee"] = Obj("""{"role": "Specialist", "unitId": "btgdv-kg"}"""),
            ["deadline"] = Lit("WorkingDays:10"),
        };
        if (escalations is not null)
            inputs["escalations"] = Obj(escalations);
        if (allowTimeout)
            inputs["allowTimeout"] = Lit("true", "Boolean");
        return new DefinitionBuilder(id)
            .Activity("start", "Elsa.Start")
            .Activity("task", "Supervision.UserTask", inputs)
            .WriteLine("done", "done")
            .WriteLine("late", "timed out")
            .Connect("start", "task")
            .Connect("task", "done", "Done")
            .Connect("task", "late", "Timeout");
    }

    private static async Task<(SchedulingHost Host, string TaskId, string InstanceId)> StartTaskAsync(TestDatabase database, SmtpSink smtp, DefinitionBuilder flow)
    {
        // Assignment notices are tested with the outbox; here only reminders and escalations go out.
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Scheduling:NotifyAssignees"] = "false" };
        var host = SchedulingHost.Create(database, settings, Today);
        await using (var db = host.CreateDbContext())
            await Organisation.SeedAsync(db);
        await host.PublishAsync(flow);
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "report" }, Ct);
        var task = run.CreatedBookmarks.ShouldHaveSingleItem();
        return (host, task.Id, run.InstanceId);
    }

    [Fact]
    public async Task Reminders_GoOutOnTheRightWorkingDays_AsEmailInEachRecipientsLanguage()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var (host, taskId, instanceId) = await StartTaskAsync(database, smtp, TaskFlow());
        await using var _ = host;
        await using (var db = host.CreateDbContext())
            (await db.Tasks.SingleAsync(t => t.Id == taskId, Ct)).DueOn.ShouldBe(DueOn);

        DateTimeOffset[] instants =
        [
            At(2, 12), // 5 WD before: 25, 24, 23 and, across Tết, 13 and 12/2
            At(2, 24), // 2 WD before
            At(2, 25), // 1 WD before
            At(2, 26), // due day, 08:00
            At(2, 27), // 1 WD overdue
            At(3, 3),  // 3 WD overdue + escalation to the section head
            At(3, 5),  // +5: the board leader
            At(3, 9),  // 7 WD overdue + urge notice of level 3
            At(3, 19), // +15: flagged for the committee report
        ];
        foreach (var instant in instants)
        {
            // One pending reminder job at a time, at the next instant.
            var job = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();
            job.EnqueueAt.ShouldBe(instant);
            (await host.BookmarkJobIdAsync(taskId)).ShouldBe(job.Id);
            await host.AdvanceToAsync(instant);
            host.StateOf(job.Id).ShouldBe(SucceededState.StateName);
        }
        host.ScheduledJobsFor(taskId).ShouldBeEmpty(); // the ladder is done
        (await host.BookmarkJobIdAsync(taskId)).ShouldBeNull();

        // The specialists, one reminder per instant before the ladder's escalations, each in their language.
        smtp.To("an@btgdv.example").Select(m => m.Subject).ShouldBe(
        [
            "Nhắc việc: Báo cáo sơ kết 6 tháng (còn 5 ngày làm việc)",
            "Nhắc việc: Báo cáo sơ kết 6 tháng (còn 2 ngày làm việc)",
            "Nhắc việc: Báo cáo sơ kết 6 tháng (còn 1 ngày làm việc)",
            "Đến hạn hôm nay: Báo cáo sơ kết 6 tháng",
            "Quá hạn 1 ngày làm việc: Báo cáo sơ kết 6 tháng",
            "Quá hạn 3 ngày làm việc: Báo cáo sơ kết 6 tháng",
            "Quá hạn 7 ngày làm việc: Báo cáo sơ kết 6 tháng",
        ]);
        smtp.To("bob@btgdv.example").Select(m => m.Subject).ShouldBe(
        [
            "Reminder: Báo cáo sơ kết 6 tháng (5 working days left)",
            "Reminder: Báo cáo sơ kết 6 tháng (2 working days left)",
            "Reminder: Báo cáo sơ kết 6 tháng (1 working days left)",
            "Due today: Báo cáo sơ kết 6 tháng",
            "Overdue by 1 working days: Báo cáo sơ kết 6 tháng",
            "Overdue by 3 working days: Báo cáo sơ kết 6 tháng",
            "Overdue by 7 working days: Báo cáo sơ kết 6 tháng",
        ]);
        smtp.To("an@btgdv.example")[0].TextBody!.ShouldContain("đến hạn ngày 26/02/2026");
        // The escalations: section head in the section, board leader found in the board above it, urge notice to the focal point.
        smtp.To("head@btgdv.example").ShouldHaveSingleItem().Subject.ShouldBe("Chuyển cấp: Báo cáo sơ kết 6 tháng quá hạn 3 ngày làm việc");
        var leader = smtp.To("leader@btgdv.example").ShouldHaveSingleItem();
        leader.Subject.ShouldBe("Escalated: Báo cáo sơ kết 6 tháng overdue by 5 working days");
        leader.TextBody!.ShouldContain("Science and Education Section");
        smtp.To("focal@btgdv.example").ShouldHaveSingleItem().Subject.ShouldBe("Công văn đôn đốc (mức 3)");
        smtp.Messages.Count.ShouldBe(17);

        await using (var db = host.CreateDbContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Id == taskId, Ct);
            task.EscalationLevel.ShouldBe(4);
            task.FlaggedForCommittee.ShouldBeTrue();
            (await db.Notifications.CountAsync(n => n.UserName == "nomail", Ct)).ShouldBe(7); // in-app only: no address
        }
        var journal = await host.Runtime.GetJournalAsync(instanceId, Ct);
        journal.Where(j => j.Event == SchedulingJournalEvents.ReminderSent).Select(j => j.Data!["at"]!.GetValue<string>())
            .ShouldBe(instants.Select(i => i.ToString("O")));
        (await host.Runtime.VerifyJournalAsync(instanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task AnOverdueTask_Escalates_AfterAnOutage_WithOnlyTheLatestReminder()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var (host, taskId, instanceId) = await StartTaskAsync(database, smtp, TaskFlow());
        await using var _ = host;

        // Nothing ran between 5/2 and 20/3 (the server was down): the first job runs late.
        await host.AdvanceToAsync(At(3, 20));

        await using (var db = host.CreateDbContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Id == taskId, Ct);
            task.EscalationLevel.ShouldBe(4);
            task.FlaggedForCommittee.ShouldBeTrue();
            var keys = await db.Outbox.Where(o => o.Channel == OutboxRows.FanoutChannel).Select(o => o.Key).ToListAsync(Ct);
            keys.ShouldContain($"reminder:{taskId}:{At(3, 9):O}:escalation-3"); // the urge notice is queued
            keys.Count(k => k.EndsWith(":overdue", StringComparison.Ordinal) || k.EndsWith(":upcoming", StringComparison.Ordinal)).ShouldBe(1);
        }
        smtp.To("an@btgdv.example").ShouldHaveSingleItem().Subject.ShouldBe("Quá hạn 7 ngày làm việc: Báo cáo sơ kết 6 tháng");
        smtp.To("focal@btgdv.example").ShouldHaveSingleItem().Subject.ShouldBe("Công văn đôn đốc (mức 3)");
        smtp.To("head@btgdv.example").ShouldHaveSingleItem();
        smtp.To("leader@btgdv.example").ShouldHaveSingleItem();
        host.ScheduledJobsFor(taskId).ShouldBeEmpty();
        (await host.Runtime.GetJournalAsync(instanceId, Ct)).Count(j => j.Event == SchedulingJournalEvents.ReminderSent).ShouldBe(4);
    }

    [Fact]
    public async Task ATimeoutEscalation_ResumesTheWorkflowThroughTheTimeoutOutcome()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var flow = TaskFlow(escalations: """[{"afterWorkingDaysOverdue": 2, "action": "Timeout"}]""", allowTimeout: true);
        var (host, taskId, instanceId) = await StartTaskAsync(database, smtp, flow);
        await using var _ = host;

        await host.AdvanceToAsync(At(2, 27));
        (await host.Runtime.GetInstanceAsync(instanceId, Ct))!.Summary.Status.ShouldBe(WorkflowStatus.Suspended);
        var job = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();
        job.EnqueueAt.ShouldBe(At(3, 2)); // 2 WD overdue

        await host.AdvanceToAsync(At(3, 2));

        var instance = (await host.Runtime.GetInstanceAsync(instanceId, Ct))!;
        instance.Summary.Status.ShouldBe(WorkflowStatus.Finished);
        var journal = await host.Runtime.GetJournalAsync(instanceId, Ct);
        journal.ShouldContain(j => j.Event == JournalEvents.Output && j.Message == "timed out");
        journal.ShouldNotContain(j => j.Event == JournalEvents.Output && j.Message == "done");
        journal.Last(j => j.Event == HumanJournalEvents.TaskCompleted).Actor.ShouldBe(SchedulingActors.Scheduler);
        await using (var db = host.CreateDbContext())
            (await db.Tasks.SingleAsync(t => t.Id == taskId, Ct)).Status.ShouldBe(TaskStatuses.TimedOut);
        host.StateOf(job.Id).ShouldBe(SucceededState.StateName);
        host.ScheduledJobs().ShouldBeEmpty();
    }

    [Fact]
    public async Task CompletingTheTask_DeletesItsPendingReminderJob()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var (host, taskId, instanceId) = await StartTaskAsync(database, smtp, TaskFlow());
        await using var _ = host;
        var job = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();

        var done = await host.Runtime.ResumeAsync(taskId, new JsonObject { ["action"] = "Done" }, "an", Ct);

        done.Status.ShouldBe(WorkflowStatus.Finished);
        host.StateOf(job.Id).ShouldBe(DeletedState.StateName);
        host.ScheduledJobs().ShouldBeEmpty();
        await host.AdvanceToAsync(At(3, 31));
        smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChangingTheDueDate_ReschedulesTheReminders()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var (host, taskId, instanceId) = await StartTaskAsync(database, smtp, TaskFlow());
        await using var _ = host;
        await host.AdvanceToAsync(At(2, 12)); // the 5-WD reminder went out
        var old = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();
        old.EnqueueAt.ShouldBe(At(2, 24));

        // Sunday 22/3 rolls to Monday 23/3 (Civil Code art. 148).
        var moved = await host.Get<TaskDueDateService>().ChangeDueDateAsync(taskId, new DateOnly(2026, 3, 22), "head", "Gia hạn theo đề nghị của đơn vị", Ct);

        moved.ShouldBe(new DateOnly(2026, 3, 23));
        host.StateOf(old.Id).ShouldBe(DeletedState.StateName);
        var next = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();
        next.EnqueueAt.ShouldBe(At(3, 16)); // 5 WD before 23/3
        (await host.BookmarkJobIdAsync(taskId)).ShouldBe(next.Id);
        await using (var db = host.CreateDbContext())
            (await db.Tasks.SingleAsync(t => t.Id == taskId, Ct)).DueOn.ShouldBe(moved);
        (await host.BookmarkPayloadAsync(taskId))!["dueOn"]!.GetValue<string>().ShouldBe("2026-03-23");
        var instance = (await host.Runtime.GetInstanceAsync(instanceId, Ct))!;
        HumanTaskSpec.FromJson(instance.State.FindBookmark(taskId)!.Payload).DueOn.ShouldBe(moved);
        var change = (await host.Runtime.GetJournalAsync(instanceId, Ct)).Single(j => j.Event == SchedulingJournalEvents.TaskDueDateChanged);
        change.Actor.ShouldBe("head");
        change.Data!["from"]!.GetValue<string>().ShouldBe("2026-02-26");

        await host.AdvanceToAsync(At(3, 16));
        smtp.To("an@btgdv.example").Select(m => m.Subject).ShouldBe(
        [
            "Nhắc việc: Báo cáo sơ kết 6 tháng (còn 5 ngày làm việc)",
            "Nhắc việc: Báo cáo sơ kết 6 tháng (còn 5 ngày làm việc)",
        ]);
        smtp.To("an@btgdv.example")[1].TextBody!.ShouldContain("23/03/2026");
        (await host.Runtime.VerifyJournalAsync(instanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Reconciliation_RecreatesALostReminderJob()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var (host, taskId, _) = await StartTaskAsync(database, smtp, TaskFlow());
        await using var __ = host;
        var lost = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();
        host.Jobs.Delete(lost.Id);
        var reconciliation = host.Get<ReconciliationJob>();

        host.Clock!.SetUtcNow(At(2, 12).AddMinutes(-10));
        (await reconciliation.ReconcileAsync(Ct)).Tasks.ShouldBe(0); // its instant has not passed: nothing is lost yet
        host.Clock.SetUtcNow(At(2, 12).AddMinutes(3)); // it has, and nothing was sent
        (await reconciliation.ReconcileAsync(Ct)).Tasks.ShouldBe(1);
        (await reconciliation.ReconcileAsync(Ct)).Tasks.ShouldBe(0);

        var job = host.ScheduledJobsFor(taskId).ShouldHaveSingleItem();
        job.EnqueueAt.ShouldBe(At(2, 12)); // the reminder still due, at once
        await host.RunDueJobsAsync();
        smtp.To("an@btgdv.example").ShouldHaveSingleItem();
        host.ScheduledJobsFor(taskId).ShouldHaveSingleItem().EnqueueAt.ShouldBe(At(2, 24));
    }

    [Fact]
    public async Task Reconciliation_GoesOnWhereTheLastPassStopped_AndStartsOverAfterTheLastTask()
    {
        await using var smtp = new SmtpSink();
        await using var database = await Databases.CreateAsync(provider);
        var settings = new Dictionary<string, string?>(smtp.Settings) { ["Scheduling:NotifyAssignees"] = "false", ["Scheduling:ReconciliationTaskPage"] = "2", ["Scheduling:ReconciliationTasksPerPass"] = "3" };
        await using var host = SchedulingHost.Create(database, settings, Today);
        await using (var db = host.CreateDbContext())
            await Organisation.SeedAsync(db);
        await host.PublishAsync(TaskFlow());
        var tasks = new List<string>();
        for (var i = 0; i < 5; i++)
            tasks.Add((await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "report" }, Ct)).CreatedBookmarks.ShouldHaveSingleItem().Id);
        foreach (var task in tasks)
            host.Jobs.Delete(host.ScheduledJobsFor(task).ShouldHaveSingleItem().Id);

        // Five tasks with the same due date, read two at a time, three per pass: the first pass mends three, the
        // second the other two (and reaches the end), the third starts over and finds nothing lost.
        host.Clock!.SetUtcNow(At(2, 12).AddMinutes(3));
        (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Tasks.ShouldBe(3);
        tasks.Count(t => host.ScheduledJobsFor(t).Count == 1).ShouldBe(3);
        (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Tasks.ShouldBe(2);
        foreach (var task in tasks)
            host.ScheduledJobsFor(task).ShouldHaveSingleItem().EnqueueAt.ShouldBe(At(2, 12));
        (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Tasks.ShouldBe(0);

        // A job lost anywhere is found within two passes (five tasks, three per pass), wherever the cursor stands.
        host.Jobs.Delete(host.ScheduledJobsFor(tasks[0]).Single().Id);
        var found = (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Tasks + (await host.Get<ReconciliationJob>().ReconcileAsync(Ct)).Tasks;
        found.ShouldBe(1);
        host.ScheduledJobsFor(tasks[0]).ShouldHaveSingleItem();
    }
}

public sealed class SqliteReminderFacts() : ReminderScenarios("sqlite");

public sealed class PostgreSqlReminderFacts() : ReminderScenarios("postgres");

using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.States;
using Supervision.Runtime.Tests.Support;
using Supervision.Scheduling.Tests.Support;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Scheduling.Tests.Timers;

/// <summary>Timers and trigger schedules against Hangfire's real storage; jobs are read back and run by the test.</summary>
public abstract class TimerScenarios(string provider)
{
    private static readonly DateTimeOffset Epoch = SchedulingHost.Epoch;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static DefinitionBuilder DelayFlow(string id, string span) => new DefinitionBuilder(id)
        .Activity("start", "Elsa.Start")
        .Activity("delay", "Elsa.Delay", new JsonObject { ["timeSpan"] = Lit(span, "TimeSpan") })
        .WriteLine("done", "finished")
        .Chain("start", "delay", "done");

    private static DefinitionBuilder CronFlow(string id, string cron, string activityId = "cron") => new DefinitionBuilder(id)
        .Activity(activityId, "Elsa.Cron", new JsonObject { ["cronExpression"] = Lit(cron) }, new JsonObject { ["canStartWorkflow"] = true })
        .WriteLine("done", "tick")
        .Chain(activityId, "done");

    [Fact]
    public async Task Delay_SchedulesExactlyOneJob_AtItsDueTime()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "01:00:00"));

        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);

        var bookmark = run.CreatedBookmarks.ShouldHaveSingleItem();
        var job = host.ScheduledJobs().ShouldHaveSingleItem();
        job.EnqueueAt.ShouldBe(Epoch.AddHours(1));
        job.Job.Type.ShouldBe(typeof(TimerJob));
        job.Args[0].ShouldBe(bookmark.Id);
        (await host.BookmarkJobIdAsync(bookmark.Id)).ShouldBe(job.Id);

        (await host.AdvanceToAsync(Epoch.AddMinutes(59))).ShouldBe(0);
        (await host.AdvanceToAsync(Epoch.AddHours(1))).ShouldBe(1);
        (await host.Runtime.GetInstanceAsync(run.InstanceId, Ct))!.Summary.Status.ShouldBe(WorkflowStatus.Finished);
        host.StateOf(job.Id).ShouldBe(SucceededState.StateName);
    }

    [Fact]
    public async Task ResumingTheTimerAnotherWay_DeletesItsJob()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "01:00:00"));
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        var jobId = host.ScheduledJobs().ShouldHaveSingleItem().Id;

        var resumed = await host.Runtime.ResumeAsync(run.CreatedBookmarks[0].Id, actor: "admin", cancellationToken: Ct);

        resumed.Status.ShouldBe(WorkflowStatus.Finished);
        resumed.RemovedBookmarks.ShouldHaveSingleItem().JobId.ShouldBe(jobId);
        host.StateOf(jobId).ShouldBe(DeletedState.StateName);
        host.ScheduledJobs().ShouldBeEmpty();
    }

    [Fact]
    public async Task CancellingTheInstance_DeletesItsTimerJob()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "3.00:00:00"));
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        var jobId = host.ScheduledJobs().ShouldHaveSingleItem().Id;

        await host.Runtime.CancelAsync(run.InstanceId, "admin", Ct);

        host.StateOf(jobId).ShouldBe(DeletedState.StateName);
        host.ScheduledJobs().ShouldBeEmpty();
    }

    [Fact]
    public async Task TimerJob_IsANoOp_WhenItRunsTwice()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "00:10:00"));
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        var jobId = host.ScheduledJobs().ShouldHaveSingleItem().Id;
        host.Clock!.Advance(TimeSpan.FromMinutes(10));

        await host.PerformAsync(jobId);
        await host.PerformAsync(jobId);

        (await host.Runtime.GetInstanceAsync(run.InstanceId, Ct))!.Summary.Status.ShouldBe(WorkflowStatus.Finished);
        var journal = await host.Runtime.GetJournalAsync(run.InstanceId, Ct);
        journal.Count(j => j.Event == JournalEvents.TimerFired).ShouldBe(1);
        journal.Count(j => j.Event == JournalEvents.WorkflowFinished).ShouldBe(1);
    }

    [Fact]
    public async Task TimerJob_WaitsForTheDueTime_WhenItRunsEarly()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "00:10:00"));
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        var first = host.ScheduledJobs().ShouldHaveSingleItem().Id;

        await host.PerformAsync(first);

        (await host.Runtime.GetInstanceAsync(run.InstanceId, Ct))!.Summary.Status.ShouldBe(WorkflowStatus.Suspended);
        var again = host.ScheduledJobs().ShouldHaveSingleItem();
        again.Id.ShouldNotBe(first);
        again.EnqueueAt.ShouldBe(Epoch.AddMinutes(10));
        (await host.BookmarkJobIdAsync(run.CreatedBookmarks[0].Id)).ShouldBe(again.Id);
    }

    [Fact]
    public async Task Reconciliation_RecreatesALostTimerJob_Once()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "00:20:00"));
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        var bookmarkId = run.CreatedBookmarks[0].Id;
        var lost = host.ScheduledJobs().ShouldHaveSingleItem().Id;
        host.Jobs.Delete(lost); // as if the job storage had been restored from an older backup
        var reconciliation = host.Get<ReconciliationJob>();
        host.Clock!.SetUtcNow(Epoch.AddMinutes(20));
        (await reconciliation.ReconcileAsync(Ct)).Timers.ShouldBe(0); // just due: its job may be running

        host.Clock.SetUtcNow(Epoch.AddMinutes(22));
        var first = await reconciliation.ReconcileAsync(Ct);
        var second = await reconciliation.ReconcileAsync(Ct);

        first.Timers.ShouldBe(1);
        second.Timers.ShouldBe(0);
        var recreated = host.ScheduledJobs().ShouldHaveSingleItem();
        recreated.Id.ShouldNotBe(lost);
        recreated.EnqueueAt.ShouldBe(Epoch.AddMinutes(20)); // overdue: Hangfire runs it at once
        (await host.BookmarkJobIdAsync(bookmarkId)).ShouldBe(recreated.Id);

        await host.RunDueJobsAsync();
        (await host.Runtime.GetJournalAsync(run.InstanceId, Ct)).Count(j => j.Event == JournalEvents.TimerFired).ShouldBe(1);
    }

    [Fact]
    public async Task Reconciliation_GivesAJob_ToATimerThatNeverGotOne()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(DelayFlow("delay", "30.00:00:00"));
        var run = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "delay" }, Ct);
        var bookmarkId = run.CreatedBookmarks[0].Id;
        host.Jobs.Delete(host.ScheduledJobs().Single().Id);
        (await host.Runtime.SetBookmarkJobIdAsync(bookmarkId, null, Ct)).ShouldBeTrue(); // the scheduler failed after the commit
        var reconciliation = host.Get<ReconciliationJob>();

        (await reconciliation.ReconcileAsync(Ct)).Timers.ShouldBe(0); // too young: its job may be on its way
        host.Clock!.Advance(TimeSpan.FromMinutes(5));
        (await reconciliation.ReconcileAsync(Ct)).Timers.ShouldBe(1);

        var job = host.ScheduledJobs().ShouldHaveSingleItem();
        job.EnqueueAt.ShouldBe(Epoch.AddDays(30));
        (await host.BookmarkJobIdAsync(bookmarkId)).ShouldBe(job.Id);
    }

    [Fact]
    public async Task CronTrigger_KeepsOneRecurringJob_AcrossPublishRepublishAndUnpublish()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        List<Hangfire.Storage.RecurringJobDto> Schedules() => [.. host.RecurringJobs().Where(r => r.Id.StartsWith("cycle:", StringComparison.Ordinal))];

        await host.PublishAsync(CronFlow("cycle", "0 0 8 * * MON-FRI"));
        var first = Schedules().ShouldHaveSingleItem();
        first.Id.ShouldBe("cycle:cron");
        first.Cron.ShouldBe("0 0 8 * * MON-FRI");
        first.TimeZoneId.ShouldBe("Asia/Ho_Chi_Minh");
        first.Job.Type.ShouldBe(typeof(CronTriggerJob));

        await host.PublishAsync(CronFlow("cycle", "0 30 7 1 * *"));
        Schedules().ShouldHaveSingleItem().Cron.ShouldBe("0 30 7 1 * *");

        await host.PublishAsync(CronFlow("cycle", "0 0 9 * * *", activityId: "monthly"));
        Schedules().ShouldHaveSingleItem().Id.ShouldBe("cycle:monthly");

        (await host.Store.UnpublishAsync("cycle", Ct)).ShouldBeTrue();
        Schedules().ShouldBeEmpty();

        await host.Store.PublishAsync("cycle", 1, Ct);
        Schedules().ShouldHaveSingleItem().Cron.ShouldBe("0 0 8 * * MON-FRI");
    }

    [Fact]
    public async Task CronTrigger_StartsTheWorkflowAtItsTrigger_OncePerOccurrence()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(CronFlow("cycle", "0 0 8 * * *"));

        host.Get<IRecurringJobManager>().Trigger("cycle:cron");
        var occurrence = host.EnqueuedJobIds().ShouldHaveSingleItem();
        await host.PerformAsync(occurrence);
        await host.PerformAsync(occurrence);

        var instances = await host.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = "cycle" }, Ct);
        var instance = instances.Items.ShouldHaveSingleItem();
        instance.Status.ShouldBe(WorkflowStatus.Finished);
        var journal = await host.Runtime.GetJournalAsync(instance.Id, Ct);
        journal.ShouldContain(j => j.Event == JournalEvents.Output && j.Message == "tick");
        journal.ShouldNotContain(j => j.Event == JournalEvents.BookmarkCreated); // the trigger did not wait for its next occurrence
    }

    [Fact]
    public async Task Reconciliation_RestoresAMissingTriggerSchedule_AndRemovesAnOrphan()
    {
        await using var database = await Databases.CreateAsync(provider);
        await using var host = SchedulingHost.Create(database);
        await host.PublishAsync(CronFlow("cycle", "0 0 8 * * *"));
        var recurring = host.Get<IRecurringJobManager>();
        recurring.RemoveIfExists("cycle:cron");
        recurring.AddOrUpdate<CronTriggerJob>("gone:cron", j => j.StartAsync("gone", "cron", null, CancellationToken.None), "0 0 9 * * *");

        var report = await host.Get<ReconciliationJob>().ReconcileAsync(Ct);

        report.Triggers.ShouldBe(2);
        host.RecurringJobs().Select(r => r.Id).ShouldBe(["cycle:cron"], ignoreOrder: true);
    }
}

public sealed class SqliteTimerFacts() : TimerScenarios("sqlite");

public sealed class PostgreSqlTimerFacts() : TimerScenarios("postgres");

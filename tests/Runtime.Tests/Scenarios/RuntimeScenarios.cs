using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Runtime.Tests.Scenarios;

/// <summary>Start, resume, events, cancel, retry and races, against a real database.</summary>
public abstract class RuntimeScenarios(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static DefinitionBuilder WaitForEvent(string definitionId, string eventName) =>
        new DefinitionBuilder(definitionId).WriteLine("before", "before").Event("wait", eventName).WriteLine("after", "after").Chain("before", "wait", "after");

    [Fact]
    public async Task Resume_FinishesTheInstance_AfterTheHostWasDisposedAndCreatedAgain()
    {
        var definitionId = NewId("restart");
        string bookmarkId;
        string instanceId;
        await using (var first = Database.CreateHost())
        {
            await first.PublishAsync(WaitForEvent(definitionId, "go"));
            var started = await first.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = "c-1", Actor = "alice" }, Ct);
            started.Status.ShouldBe(WorkflowStatus.Suspended);
            bookmarkId = started.CreatedBookmarks.ShouldHaveSingleItem().Id;
            instanceId = started.InstanceId;
        }

        await using var second = Database.CreateHost();
        var resumed = await second.Runtime.ResumeAsync(bookmarkId, JsonNode.Parse("""{"ok":true}"""), "bob", Ct);

        resumed.Status.ShouldBe(WorkflowStatus.Finished);
        resumed.RemovedBookmarks.ShouldHaveSingleItem().Id.ShouldBe(bookmarkId);
        var view = await second.Runtime.GetInstanceAsync(instanceId, Ct);
        view.ShouldNotBeNull();
        view.Summary.Status.ShouldBe(WorkflowStatus.Finished);
        view.Summary.CorrelationId.ShouldBe("c-1");
        view.Bookmarks.ShouldBeEmpty();
        await using var db = second.CreateDbContext();
        (await db.Bookmarks.CountAsync(b => b.InstanceId == instanceId, Ct)).ShouldBe(0);
        var journal = await second.Runtime.GetJournalAsync(instanceId, Ct);
        journal.Select(j => j.Event).ShouldContain(JournalEvents.BookmarkResumed);
        journal.Last().Event.ShouldBe(JournalEvents.WorkflowFinished);
        journal.First().Actor.ShouldBe("alice");
        journal.Last().Actor.ShouldBe("bob");
        (await second.Runtime.VerifyJournalAsync(instanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Resume_ConsumesTheBookmarkOnce_WhenFiftyResumesRace()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("race");
        await host.PublishAsync(WaitForEvent(definitionId, "go"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);
        var bookmarkId = started.CreatedBookmarks.Single().Id;

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var racers = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            await gate.Task;
            try
            {
                await host.Runtime.ResumeAsync(bookmarkId, JsonValue.Create(i), $"racer-{i}", Ct);
                return (Won: true, Conflict: (WorkflowConflictException?)null);
            }
            catch (WorkflowConflictException ex)
            {
                return (Won: false, Conflict: ex);
            }
        }, Ct)).ToList();
        gate.SetResult();
        var outcomes = await Task.WhenAll(racers);

        outcomes.Count(o => o.Won).ShouldBe(1);
        outcomes.Where(o => !o.Won).ShouldAllBe(o => o.Conflict!.Reason == ConflictReason.BookmarkNotOpen);
        var journal = await host.Runtime.GetJournalAsync(started.InstanceId, Ct);
        journal.Count(j => j.Event == JournalEvents.BookmarkResumed).ShouldBe(1);
        journal.Count(j => j.Event == JournalEvents.WorkflowFinished).ShouldBe(1);
        (await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Resume_ConsumesTheBookmarkOnce_WhenTwoHostsWithNothingSharedButTheDatabaseRace()
    {
        await using var first = Database.CreateHost();
        await using var second = Database.CreateHost();
        var definitionId = NewId("two-hosts");
        await first.PublishAsync(WaitForEvent(definitionId, "go"));
        var bookmarks = new List<string>();
        for (var i = 0; i < 5; i++)
            bookmarks.Add((await first.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct)).CreatedBookmarks.Single().Id);

        var attempts = bookmarks.SelectMany(b => new[] { first, second, first, second }.Select(host => Task.Run(async () =>
        {
            try
            {
                await host.Runtime.ResumeAsync(b, null, null, Ct);
                return true;
            }
            catch (WorkflowConflictException ex) when (ex.Reason == ConflictReason.BookmarkNotOpen)
            {
                return false;
            }
        }, Ct))).ToList();
        var won = await Task.WhenAll(attempts);

        won.Count(w => w).ShouldBe(bookmarks.Count);
        var finished = await second.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = definitionId, Status = WorkflowStatus.Finished }, Ct);
        finished.TotalCount.ShouldBe(bookmarks.Count);
    }

    [Fact]
    public async Task Resume_ReplaysFromFreshState_WhenAnotherBookmarkOfTheInstanceCommittedFirst()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("fork");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Fork("fork", "a", "b").Event("a", "a").Event("b", "b").Join("join", "WaitAll").WriteLine("end", "end")
            .Connect("fork", "a", "a").Connect("fork", "b", "b").Connect("a", "join").Connect("b", "join").Connect("join", "end"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);
        started.CreatedBookmarks.Count.ShouldBe(2);

        var results = await Task.WhenAll(started.CreatedBookmarks.Select(b => Task.Run(() => host.Runtime.ResumeAsync(b.Id, null, null, Ct), Ct)));

        results.Select(r => r.Status).ShouldContain(WorkflowStatus.Finished);
        var view = await host.Runtime.GetInstanceAsync(started.InstanceId, Ct);
        view!.Summary.Status.ShouldBe(WorkflowStatus.Finished);
        var journal = await host.Runtime.GetJournalAsync(started.InstanceId, Ct);
        journal.Count(j => j.Event == JournalEvents.BookmarkResumed).ShouldBe(2);
        (await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task TriggerEvent_ResumesEveryWaitingInstance_AndStartsEveryPublishedTrigger()
    {
        await using var host = Database.CreateHost();
        var eventName = NewId("report-submitted");
        var waiting = NewId("fan-out");
        var triggered = NewId("triggered");
        await host.PublishAsync(WaitForEvent(waiting, eventName));
        await host.PublishAsync(new DefinitionBuilder(triggered)
            .Activity("on", "Elsa.Event", new JsonObject { ["eventName"] = Lit(eventName) }, new JsonObject { ["canStartWorkflow"] = true })
            .WriteLine("w", "started").Chain("on", "w"));
        var instances = new List<string>();
        for (var i = 0; i < 12; i++)
            instances.Add((await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = waiting }, Ct)).InstanceId);

        var result = await host.Runtime.TriggerEventAsync(eventName, payload: JsonNode.Parse("""{"report":7}"""), actor: "system", cancellationToken: Ct);

        result.Resumed.Select(r => r.InstanceId).Order().ShouldBe(instances.Order());
        result.Resumed.ShouldAllBe(r => r.Status == WorkflowStatus.Finished);
        var started = result.Started.ShouldHaveSingleItem();
        started.State.DefinitionId.ShouldBe(triggered);
        started.Status.ShouldBe(WorkflowStatus.Finished);
        var again = await host.Runtime.TriggerEventAsync(eventName, cancellationToken: Ct);
        again.Resumed.ShouldBeEmpty();
        again.Started.Count.ShouldBe(1);
    }

    [Fact]
    public async Task TriggerEvent_ResumesOnlyTheCorrelatedInstance_WhenACorrelationIdIsGiven()
    {
        await using var host = Database.CreateHost();
        var eventName = NewId("approved");
        var definitionId = NewId("correlated");
        await host.PublishAsync(WaitForEvent(definitionId, eventName));
        var mine = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = "plan-1" }, Ct);
        var other = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = "plan-2" }, Ct);

        var result = await host.Runtime.TriggerEventAsync(eventName, "plan-1", cancellationToken: Ct);

        result.Resumed.ShouldHaveSingleItem().InstanceId.ShouldBe(mine.InstanceId);
        (await host.Runtime.GetInstanceAsync(other.InstanceId, Ct))!.Summary.Status.ShouldBe(WorkflowStatus.Suspended);
    }

    [Fact]
    public async Task TriggerEvent_GoesOnWithTheOtherInstances_WhenOneWaitingInstanceIsFaulted()
    {
        await using var host = Database.CreateHost();
        var eventName = NewId("evt");
        var healthy = NewId("healthy");
        var broken = NewId("broken");
        await host.PublishAsync(WaitForEvent(healthy, eventName));
        await host.PublishAsync(new DefinitionBuilder(broken)
            .Fork("fork", "wait", "fail").Event("wait", eventName).Activity("fail", "Tests.Flaky")
            .Connect("fork", "wait", "wait").Connect("fork", "fail", "fail"));
        host.Flaky.Failing = true;
        var faulted = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = broken }, Ct);
        host.Flaky.Failing = false;
        var waiting = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = healthy }, Ct);
        faulted.Status.ShouldBe(WorkflowStatus.Faulted);
        faulted.State.Bookmarks.ShouldHaveSingleItem();

        var result = await host.Runtime.TriggerEventAsync(eventName, cancellationToken: Ct);

        result.Resumed.ShouldHaveSingleItem().InstanceId.ShouldBe(waiting.InstanceId);
        (await host.Runtime.GetInstanceAsync(faulted.InstanceId, Ct))!.Bookmarks.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Start_IsAConflict_WhenTheCallerChoseAnInstanceIdThatExists()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("idempotent");
        await host.PublishAsync(WaitForEvent(definitionId, "go"));
        var instanceId = Guid.NewGuid().ToString("N");
        await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, InstanceId = instanceId }, Ct);

        var error = await Should.ThrowAsync<WorkflowConflictException>(() => host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, InstanceId = instanceId }, Ct));

        error.InstanceId.ShouldBe(instanceId);
        (await host.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = definitionId }, Ct)).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Commit_LeavesTheLastCommittedState_WhenAStatementFailsMidSave()
    {
        var failing = new FailingCommandInterceptor("workflow_journal");
        await ResumeFailsThenSucceedsAsync(failing, armed => failing.Armed = armed, () => failing.Failures);
    }

    [Fact]
    public async Task Commit_LeavesTheLastCommittedState_WhenTheCommitFailsAfterEveryStatementRan()
    {
        var failing = new FailingCommitInterceptor();
        await ResumeFailsThenSucceedsAsync(failing, armed => failing.Armed = armed, () => failing.Failures);
    }

    private async Task ResumeFailsThenSucceedsAsync(IInterceptor interceptor, Action<bool> arm, Func<int> failures)
    {
        await using var host = Database.CreateHost(services => services.AddSingleton(interceptor));
        var definitionId = NewId("crash");
        await host.PublishAsync(WaitForEvent(definitionId, "go"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);
        var bookmarkId = started.CreatedBookmarks.Single().Id;
        var before = await host.Runtime.GetInstanceAsync(started.InstanceId, Ct);
        var journalBefore = await host.Runtime.GetJournalAsync(started.InstanceId, Ct);

        arm(true);
        var error = await Should.ThrowAsync<Exception>(() => host.Runtime.ResumeAsync(bookmarkId, null, null, Ct));
        (error.ToString()).ShouldContain("Simulated");
        arm(false);

        failures().ShouldBe(1);
        var after = await host.Runtime.GetInstanceAsync(started.InstanceId, Ct);
        after!.Summary.Status.ShouldBe(WorkflowStatus.Suspended);
        after.Revision.ShouldBe(before!.Revision);
        after.Bookmarks.ShouldHaveSingleItem().Id.ShouldBe(bookmarkId);
        (await host.Runtime.GetJournalAsync(started.InstanceId, Ct)).Count.ShouldBe(journalBefore.Count);
        (await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct)).IsValid.ShouldBeTrue();

        var resumed = await host.Runtime.ResumeAsync(bookmarkId, null, null, Ct);
        resumed.Status.ShouldBe(WorkflowStatus.Finished);
        (await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task BookmarkPayloadUpdate_MovesTheTaskRowInTheSameCommit_OrNothingWhenTheCommitFails()
    {
        var failing = new FailingCommitInterceptor();
        await using var host = Database.CreateHost(services => services.AddSingleton<IInterceptor>(failing));
        var definitionId = NewId("due-date");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("report", "Supervision.UserTask", new JsonObject
            {
                ["title"] = Lit("Báo cáo sơ kết"),
                ["assignee"] = Obj("""{"role": "FocalPoint", "unitId": "DU-SYT"}"""),
                ["deadline"] = Lit("WorkingDays:5"),
                ["actions"] = Obj("""["Submit"]""", "String[]"),
            }));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var taskId = started.CreatedBookmarks.ShouldHaveSingleItem().Id;
        Task Move(string dueOn, string? userName = null) => host.Runtime.UpdateBookmarkPayloadAsync(taskId, payload =>
        {
            payload["dueOn"] = dueOn;
            if (userName is not null)
                payload["assignee"] = new JsonObject { ["userName"] = userName, ["unitId"] = "DU-SYT" };
            return payload;
        }, "TaskDueDateChanged", "moved", "supervisor", Ct);
        async Task<(DateOnly? Row, string? Bookmark, string? Snapshot, string? Assignee)> ReadAsync()
        {
            await using var db = host.CreateDbContext();
            var task = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, Ct);
            var bookmark = await db.Bookmarks.AsNoTracking().SingleAsync(b => b.Id == taskId, Ct);
            var instance = (await host.Runtime.GetInstanceAsync(started.InstanceId, Ct))!;
            return (task.DueOn, JsonNode.Parse(bookmark.Payload!)!["dueOn"]!.GetValue<string>(),
                instance.State.FindBookmark(taskId)!.Payload!["dueOn"]!.GetValue<string>(), task.AssigneeUser);
        }
        var before = await ReadAsync();

        failing.Armed = true;
        await Should.ThrowAsync<Exception>(() => Move("2026-06-30"));
        failing.Armed = false;
        (await ReadAsync()).ShouldBe(before);

        await Move("2026-06-30", userName: "officer1");
        (await ReadAsync()).ShouldBe((new DateOnly(2026, 6, 30), "2026-06-30", "2026-06-30", "officer1"));
    }

    [Fact]
    public async Task Resume_ReadsAndCommitsOnOneConnection_AndGivesItBackBeforeTheScheduling()
    {
        var opened = new OpenedConnections();
        await using var host = Database.CreateHost(services => services.AddSingleton<IInterceptor>(opened));
        var definitionId = NewId("one-connection");
        await host.PublishAsync(WaitForEvent(definitionId, "go"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);
        var openWhileScheduling = -1;
        host.Scheduler.OnBookmarksChanged = () => openWhileScheduling = opened.Open;

        var before = opened.Count;
        var resumed = await host.Runtime.ResumeAsync(started.CreatedBookmarks.Single().Id, null, null, Ct);

        resumed.Status.ShouldBe(WorkflowStatus.Finished);
        // The instance, the definition's version, the removed bookmark's job and the commit: one connection for all.
        // On SQLite a pooled context's connection stays open with its prepared statements, so the burst opens none.
        (opened.Count - before).ShouldBe(Database.Provider == DatabaseProvider.Sqlite ? 0 : 1);
        // The scheduling (Hangfire's storage takes connections of its own) runs with none of the burst's held.
        openWhileScheduling.ShouldBe(0);
    }

    /// <summary>Counts the connections contexts open, and how many are open now.</summary>
    private sealed class OpenedConnections : DbConnectionInterceptor
    {
        private int _count;
        private int _open;

        public int Count => Volatile.Read(ref _count);

        public int Open => Volatile.Read(ref _open);

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Opened();

        public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Opened();
            return Task.CompletedTask;
        }

        public override void ConnectionClosed(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Decrement(ref _open);

        public override Task ConnectionClosedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }

        private void Opened()
        {
            Interlocked.Increment(ref _count);
            Interlocked.Increment(ref _open);
        }
    }

    [Fact]
    public async Task Retry_FinishesTheInstance_AfterAnActivityFaultWasCommittedAsAnIncident()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("flaky");
        await host.PublishAsync(new DefinitionBuilder(definitionId).WriteLine("first", "first").Activity("flaky", "Tests.Flaky").WriteLine("last", "last").Chain("first", "flaky", "last"));
        host.Flaky.Failing = true;

        var faulted = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);

        faulted.Status.ShouldBe(WorkflowStatus.Faulted);
        await using (var db = host.CreateDbContext())
        {
            var incident = await db.Incidents.SingleAsync(i => i.InstanceId == faulted.InstanceId, Ct);
            incident.ActivityId.ShouldBe("flaky");
            incident.ResolvedAt.ShouldBeNull();
        }
        var journal = await host.Runtime.GetJournalAsync(faulted.InstanceId, Ct);
        journal.ShouldContain(j => j.Event == JournalEvents.ActivityCompleted && j.ActivityId == "first");

        host.Flaky.Failing = false;
        var retried = await host.Runtime.RetryAsync(faulted.InstanceId, actor: "admin", cancellationToken: Ct);

        retried.Status.ShouldBe(WorkflowStatus.Finished);
        await using (var db = host.CreateDbContext())
            (await db.Incidents.SingleAsync(i => i.InstanceId == faulted.InstanceId, Ct)).ResolvedAt.ShouldNotBeNull();
        (await host.Runtime.VerifyJournalAsync(faulted.InstanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Cancel_DeletesTheBookmarkRows_AndHandsTheirJobIdsToTheScheduler()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("timer");
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("delay", "Elsa.Delay", new JsonObject { ["timeSpan"] = Lit("01:00:00", "TimeSpan") }).WriteLine("w", "done").Chain("delay", "w"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);
        var timer = started.CreatedBookmarks.ShouldHaveSingleItem();
        timer.DueAt.ShouldBe(RuntimeHost.Epoch.AddHours(1));
        host.Scheduler.Bookmarks.ShouldContain(c => c.InstanceId == started.InstanceId && c.Created.Any(b => b.Id == timer.Id));
        (await host.Runtime.SetBookmarkJobIdAsync(timer.Id, "job-42", Ct)).ShouldBeTrue();
        var due = await host.Runtime.GetDueBookmarksAsync(RuntimeHost.Epoch.AddHours(2), cancellationToken: Ct);
        due.ShouldContain(d => d.BookmarkId == timer.Id && d.JobId == "job-42" && d.DueAt == RuntimeHost.Epoch.AddHours(1));
        (await host.Runtime.GetDueBookmarksAsync(RuntimeHost.Epoch.AddMinutes(30), cancellationToken: Ct)).ShouldNotContain(d => d.BookmarkId == timer.Id);

        var cancelled = await host.Runtime.CancelAsync(started.InstanceId, "admin", Ct);

        cancelled.Status.ShouldBe(WorkflowStatus.Cancelled);
        cancelled.RemovedBookmarks.ShouldHaveSingleItem().JobId.ShouldBe("job-42");
        host.Scheduler.Bookmarks.ShouldContain(c => c.InstanceId == started.InstanceId && c.Removed.Any(b => b.JobId == "job-42"));
        (await host.Runtime.SetBookmarkJobIdAsync(timer.Id, "job-43", Ct)).ShouldBeFalse();
        await Should.ThrowAsync<WorkflowConflictException>(() => host.Runtime.ResumeAsync(timer.Id, null, null, Ct));
    }

    [Fact]
    public async Task Start_RunsTheRequestedVersion_OrElseThePublishedOne()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("versions");
        await host.PublishAsync(new DefinitionBuilder(definitionId).WriteLine("w", "v1"));
        var draft = WorkflowDefinitionsOf(new DefinitionBuilder(definitionId).WriteLine("w", "v2").Event("e", "never").Chain("w", "e"));
        await host.Store.SaveDraftAsync(draft, Ct);

        var published = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId }, Ct);
        var second = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Version = 2 }, Ct);

        published.State.DefinitionVersion.ShouldBe(1);
        published.Status.ShouldBe(WorkflowStatus.Finished);
        second.State.DefinitionVersion.ShouldBe(2);
        second.Status.ShouldBe(WorkflowStatus.Suspended);
        await Should.ThrowAsync<WorkflowNotFoundException>(() => host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = NewId("missing") }, Ct));
    }

    [Fact]
    public async Task QueryInstances_FiltersByStatusDefinitionAndCorrelation_AndPages()
    {
        await using var host = Database.CreateHost();
        var definitionId = NewId("query");
        await host.PublishAsync(WaitForEvent(definitionId, NewId("e")));
        for (var i = 0; i < 5; i++)
        {
            await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, CorrelationId = i % 2 == 0 ? "even" : "odd" }, Ct);
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var page0 = await host.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = definitionId, PageSize = 2 }, Ct);
        var page2 = await host.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = definitionId, PageSize = 2, Page = 2 }, Ct);
        var even = await host.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = definitionId, CorrelationId = "even", Status = WorkflowStatus.Suspended }, Ct);
        var finished = await host.Runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = definitionId, Status = WorkflowStatus.Finished }, Ct);

        page0.TotalCount.ShouldBe(5);
        page0.Items.Count.ShouldBe(2);
        page0.Items[0].CreatedAt.ShouldBeGreaterThan(page0.Items[1].CreatedAt);
        page2.Items.ShouldHaveSingleItem();
        even.TotalCount.ShouldBe(3);
        finished.TotalCount.ShouldBe(0);
    }

    private static Supervision.Workflows.Definitions.WorkflowDefinition WorkflowDefinitionsOf(DefinitionBuilder builder) =>
        Supervision.Workflows.Definitions.WorkflowDefinitionReader.Read(builder.Json()).Definition;

    [Fact]
    public async Task HumanTasks_AreProjectedIntoTheTaskList_InTheSameTransaction()
    {
        var definitionId = NewId("tasks");
        await using var host = Database.CreateHost();
        await host.PublishAsync(new DefinitionBuilder(definitionId)
            .Activity("review", "Supervision.UserTask", new JsonObject
            {
                ["title"] = Lit("Duyệt báo cáo"),
                ["assignee"] = Obj("""{"role": "Specialist", "unitId": "BTGDV-KG"}"""),
                ["deadline"] = Lit("WorkingDays:5"),
                ["actions"] = Obj("""["Approve", "Return"]""", "String[]"),
            })
            .Activity("notify", "Supervision.Notify", new JsonObject { ["subject"] = Lit("Đã duyệt"), ["units"] = Obj("""["DU-SYT"]""", "String[]") })
            .Connect("review", "notify", "Approve"));

        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "supervisor" }, Ct);
        var taskId = started.CreatedBookmarks.ShouldHaveSingleItem().Id;
        await using (var db = host.CreateDbContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Id == taskId, Ct);
            (task.Status, task.Title, task.AssigneeRole, task.AssigneeUnitId, task.InstanceId).ShouldBe(("Open", "Duyệt báo cáo", "Specialist", "BTGDV-KG", started.InstanceId));
            // Five working days from 10/2/2026 across the Tết break (14–22/2).
            task.DueOn.ShouldBe(new DateOnly(2026, 2, 24));
        }

        // An action the task does not offer changes nothing: the task stays open.
        await Should.ThrowAsync<Supervision.Workflows.Human.TaskActionException>(() => host.Runtime.ResumeAsync(taskId, JsonNode.Parse("""{"action": "Maybe"}"""), "officer1", Ct));
        await using (var db = host.CreateDbContext())
            (await db.Tasks.SingleAsync(t => t.Id == taskId, Ct)).Status.ShouldBe("Open");
        var done = await host.Runtime.ResumeAsync(taskId, JsonNode.Parse("""{"action": "Approve", "comment": "Đạt"}"""), "supervisor", Ct);

        done.Status.ShouldBe(WorkflowStatus.Finished);
        await using (var db = host.CreateDbContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Id == taskId, Ct);
            (task.Status, task.Action, task.Comment, task.CompletedBy).ShouldBe(("Completed", "Approve", "Đạt", "supervisor"));
            task.CompletedAt.ShouldNotBeNull();
            var outbox = await db.Outbox.SingleAsync(Ct);
            outbox.Channel.ShouldBe("Fanout");
            JsonNode.Parse(outbox.Model)!["subject"]!.GetValue<string>().ShouldBe("Đã duyệt");
        }
        var journal = await host.Runtime.GetJournalAsync(done.InstanceId, Ct);
        journal.ShouldContain(j => j.Event == HumanJournalEvents.TaskCompleted && j.Actor == "supervisor" && j.Message == "Approve");
    }
}

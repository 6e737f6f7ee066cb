using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Runtime.Tests.Scenarios;

/// <summary>The hash-chained journal and the migration of running instances.</summary>
public abstract class JournalAndMigrationScenarios(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<(RuntimeHost Host, WorkflowRunResult Started, string DefinitionId)> StartWaitingAsync(string waitActivityId = "wait")
    {
        var host = Database.CreateHost();
        var definitionId = NewId("journal");
        await host.PublishAsync(new DefinitionBuilder(definitionId).WriteLine("a", "one").WriteLine("b", "two").Event(waitActivityId, "go").WriteLine("c", "v1")
            .Chain("a", "b", waitActivityId, "c"));
        var started = await host.Runtime.StartAsync(new StartWorkflowRequest { DefinitionId = definitionId, Actor = "alice" }, Ct);
        return (host, started, definitionId);
    }

    [Fact]
    public async Task VerifyJournal_ReportsAnIntactChain_ForEveryEntryOfTheInstance()
    {
        var (host, started, _) = await StartWaitingAsync();
        await using var _ = host;
        await host.Runtime.ResumeAsync(started.CreatedBookmarks.Single().Id, null, "bob", Ct);

        var journal = await host.Runtime.GetJournalAsync(started.InstanceId, Ct);
        var verification = await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct);

        verification.IsValid.ShouldBeTrue();
        verification.Entries.ShouldBe(journal.Count);
        journal.Select(j => j.Sequence).ShouldBe(Enumerable.Range(1, journal.Count).Select(i => (long)i));
        journal.Select(j => j.Hash).Distinct().Count().ShouldBe(journal.Count);
    }

    [Fact]
    public async Task TheDatabase_RefusesToChangeOrDeleteJournalRows_WhateverTheLogin()
    {
        var (host, started, _) = await StartWaitingAsync();
        await using var _ = host;
        var before = await host.Runtime.GetJournalAsync(started.InstanceId, Ct);

        var update = await Should.ThrowAsync<Exception>(() => Database.ExecuteSqlAsync("UPDATE workflow_journal SET actor = 'mallory' WHERE instance_id = {0}", started.InstanceId));
        var delete = await Should.ThrowAsync<Exception>(() => Database.ExecuteSqlAsync("DELETE FROM workflow_journal WHERE instance_id = {0}", started.InstanceId));

        update.Message.ShouldContain(JournalGuard.Message);
        delete.Message.ShouldContain(JournalGuard.Message);
        (await host.Runtime.GetJournalAsync(started.InstanceId, Ct)).Select(j => (j.Sequence, j.Actor)).ShouldBe(before.Select(j => (j.Sequence, j.Actor)));
        (await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task VerifyJournal_ReportsTheEditedSequence_WhenARowWasChangedWithRawSql()
    {
        var (host, started, _) = await StartWaitingAsync();
        await using var _ = host;
        await host.Runtime.ResumeAsync(started.CreatedBookmarks.Single().Id, null, "bob", Ct);

        var changed = await Database.TamperWithJournalAsync("UPDATE workflow_journal SET actor = 'mallory' WHERE instance_id = {0} AND sequence = 3", started.InstanceId);

        changed.ShouldBe(1);
        var verification = await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct);
        verification.IsValid.ShouldBeFalse();
        verification.FirstBrokenSequence.ShouldBe(3);
    }

    [Fact]
    public async Task VerifyJournal_ReportsTheMissingEntries_WhenTheLastRowsWereDeleted()
    {
        var (host, started, _) = await StartWaitingAsync();
        await using var _ = host;
        var count = (await host.Runtime.GetJournalAsync(started.InstanceId, Ct)).Count;

        await Database.TamperWithJournalAsync("DELETE FROM workflow_journal WHERE instance_id = {0} AND sequence = {1}", started.InstanceId, (long)count);

        var verification = await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct);
        verification.FirstBrokenSequence.ShouldBe(count);
    }

    [Fact]
    public async Task Migrate_MovesTheInstanceToTheTargetVersion_ThroughAnExplicitActivityMap()
    {
        var (host, started, definitionId) = await StartWaitingAsync();
        await using var _ = host;
        var v2 = WorkflowDefinitionReader.Read(new DefinitionBuilder(definitionId).WriteLine("a", "one").WriteLine("b", "two").Event("wait2", "go").WriteLine("c", "v2")
            .Chain("a", "b", "wait2", "c").Json()).Definition;
        await host.Store.SaveDraftAsync(v2, Ct);
        var bookmarkId = started.CreatedBookmarks.Single().Id;

        var migrated = await host.Runtime.MigrateAsync(new MigrateInstanceRequest
        {
            InstanceId = started.InstanceId,
            TargetVersion = 2,
            ActivityMap = new Dictionary<string, string> { ["wait"] = "wait2" },
            Actor = "admin",
        }, Ct);

        migrated.State.DefinitionVersion.ShouldBe(2);
        migrated.Journal.ShouldHaveSingleItem().Event.ShouldBe(JournalEvents.WorkflowMigrated);
        await using (var db = host.CreateDbContext())
        {
            (await db.Bookmarks.SingleAsync(b => b.Id == bookmarkId, Ct)).ActivityId.ShouldBe("wait2");
            (await db.Instances.SingleAsync(i => i.Id == started.InstanceId, Ct)).DefinitionVersion.ShouldBe(2);
        }
        var finished = await host.Runtime.ResumeAsync(bookmarkId, null, "bob", Ct);
        finished.Status.ShouldBe(WorkflowStatus.Finished);
        finished.Journal.ShouldContain(j => j.Event == JournalEvents.Output && j.Message == "v2");
        (await host.Runtime.VerifyJournalAsync(started.InstanceId, Ct)).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Migrate_IsRefusedAndChangesNothing_WhenABookmarksActivityHasNoCounterpart()
    {
        var (host, started, definitionId) = await StartWaitingAsync();
        await using var _ = host;
        var v2 = WorkflowDefinitionReader.Read(new DefinitionBuilder(definitionId).WriteLine("a", "one").WriteLine("c", "v2").Chain("a", "c").Json()).Definition;
        await host.Store.SaveDraftAsync(v2, Ct);
        var before = await host.Runtime.GetInstanceAsync(started.InstanceId, Ct);
        var journalBefore = await host.Runtime.GetJournalAsync(started.InstanceId, Ct);

        var error = await Should.ThrowAsync<WorkflowMigrationException>(() => host.Runtime.MigrateAsync(new MigrateInstanceRequest
        {
            InstanceId = started.InstanceId,
            TargetVersion = 2,
            ActivityMap = new Dictionary<string, string>(),
        }, Ct));

        error.Problems.ShouldHaveSingleItem().ShouldContain("'wait'");
        var after = await host.Runtime.GetInstanceAsync(started.InstanceId, Ct);
        after!.Summary.DefinitionVersion.ShouldBe(1);
        after.Revision.ShouldBe(before!.Revision);
        after.Bookmarks.ShouldHaveSingleItem().ActivityId.ShouldBe("wait");
        (await host.Runtime.GetJournalAsync(started.InstanceId, Ct)).Count.ShouldBe(journalBefore.Count);
    }

    [Fact]
    public async Task Migrate_IsRefused_WhenTheCounterpartHasAnotherActivityType()
    {
        var (host, started, definitionId) = await StartWaitingAsync();
        await using var _ = host;
        var v2 = WorkflowDefinitionReader.Read(new DefinitionBuilder(definitionId).WriteLine("a", "one").WriteLine("wait", "not an event").Chain("a", "wait").Json()).Definition;
        await host.Store.SaveDraftAsync(v2, Ct);

        var error = await Should.ThrowAsync<WorkflowMigrationException>(() => host.Runtime.MigrateAsync(new MigrateInstanceRequest { InstanceId = started.InstanceId, TargetVersion = 2 }, Ct));

        error.Problems.ShouldHaveSingleItem().ShouldContain("Elsa.WriteLine");
    }
}

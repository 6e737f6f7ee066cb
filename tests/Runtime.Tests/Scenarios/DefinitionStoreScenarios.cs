using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Runtime;
using static Supervision.Runtime.Tests.Support.DefinitionBuilder;

namespace Supervision.Runtime.Tests.Scenarios;

/// <summary>Versions, publishing, the trigger index and the folder import.</summary>
public abstract class DefinitionStoreScenarios(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static WorkflowDefinition Definition(string definitionId, string text) =>
        WorkflowDefinitionReader.Read(new DefinitionBuilder(definitionId).WriteLine("w", text).Json()).Definition;

    private static WorkflowDefinition Triggered(string definitionId, string eventName) =>
        WorkflowDefinitionReader.Read(new DefinitionBuilder(definitionId)
            .Activity("on", "Elsa.Event", new JsonObject { ["eventName"] = Lit(eventName) }, new JsonObject { ["canStartWorkflow"] = true })
            .WriteLine("w", "started").Chain("on", "w").Json()).Definition;

    [Fact]
    public async Task SaveDraft_NumbersVersionsLatestPlusOne_AndMovesTheLatestFlag()
    {
        await using var host = Database.CreateHost();
        var id = NewId("drafts");

        var v1 = await host.Store.SaveDraftAsync(Definition(id, "one"), Ct);
        var v2 = await host.Store.SaveDraftAsync(Definition(id, "two"), Ct);
        var v3 = await host.Store.SaveDraftAsync(Definition(id, "three"), Ct);

        new[] { v1.Version, v2.Version, v3.Version }.ShouldBe([1, 2, 3]);
        v3.VersionId.ShouldNotBe(v2.VersionId);
        var versions = await host.Store.ListVersionsAsync(id, Ct);
        versions.Select(v => v.IsLatest).ShouldBe([false, false, true]);
        versions.ShouldAllBe(v => !v.IsPublished);
        (await host.Store.GetLatestAsync(id, Ct))!.Definition.Root.Activities!.Single().Properties["text"]!["expression"]!["value"]!.GetValue<string>().ShouldBe("three");
        (await host.Store.GetVersionAsync(id, 2, Ct))!.VersionId.ShouldBe(v2.VersionId);
        (await host.Store.GetByVersionIdAsync(v1.VersionId, Ct))!.Version.ShouldBe(1);
        (await host.Store.GetPublishedAsync(id, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task Publish_KeepsExactlyOnePublishedVersion_ThroughPublishAndUnpublish()
    {
        await using var host = Database.CreateHost();
        var id = NewId("publish");
        await host.Store.SaveDraftAsync(Definition(id, "one"), Ct);
        await host.Store.SaveDraftAsync(Definition(id, "two"), Ct);

        await host.Store.PublishAsync(id, 1, Ct);
        (await PublishedVersions()).ShouldBe([1]);
        await host.Store.PublishAsync(id, 2, Ct);
        (await PublishedVersions()).ShouldBe([2]);
        (await host.Store.UnpublishAsync(id, Ct)).ShouldBeTrue();
        (await PublishedVersions()).ShouldBeEmpty();
        (await host.Store.UnpublishAsync(id, Ct)).ShouldBeFalse();
        await host.Store.PublishAsync(id, 1, Ct);
        (await PublishedVersions()).ShouldBe([1]);
        (await host.Store.GetPublishedAsync(id, Ct))!.Version.ShouldBe(1);

        async Task<List<int>> PublishedVersions() =>
            (await host.Store.ListVersionsAsync(id, Ct)).Where(v => v.IsPublished).Select(v => v.Version).ToList();
    }

    [Fact]
    public async Task Publish_IndexesTheVersionsTriggers_AndUnpublishRemovesThem()
    {
        await using var host = Database.CreateHost();
        var id = NewId("triggers");
        var eventName = NewId("evt");
        await host.Store.SaveDraftAsync(Triggered(id, eventName), Ct);
        await host.Store.SaveDraftAsync(Triggered(id, eventName + "-v2"), Ct);

        await host.Store.PublishAsync(id, 1, Ct);
        var first = (await host.Store.ListTriggersAsync(id, Ct)).ShouldHaveSingleItem();
        first.ActivityId.ShouldBe("on");
        first.Version.ShouldBe(1);
        first.Hash.ShouldBe(Supervision.Workflows.Execution.BookmarkHash.Compute("Elsa.Event", new JsonObject { ["eventName"] = eventName }));

        await host.Store.PublishAsync(id, 2, Ct);
        (await host.Store.ListTriggersAsync(id, Ct)).ShouldHaveSingleItem().Version.ShouldBe(2);
        host.Scheduler.Triggers.Last().Removed.ShouldHaveSingleItem().Version.ShouldBe(1);

        await host.Store.UnpublishAsync(id, Ct);
        (await host.Store.ListTriggersAsync(id, Ct)).ShouldBeEmpty();
        (await host.Runtime.TriggerEventAsync(eventName + "-v2", cancellationToken: Ct)).Started.ShouldBeEmpty();
    }

    [Fact]
    public async Task Publish_RefusesAnInvalidDefinition_AndPublishesNothing()
    {
        await using var host = Database.CreateHost();
        var id = NewId("invalid");
        var definition = WorkflowDefinitionReader.Read(new DefinitionBuilder(id).Activity("x", "Nope.Unknown").Json()).Definition;
        await host.Store.SaveDraftAsync(definition, Ct);

        var error = await Should.ThrowAsync<DefinitionValidationException>(() => host.Store.PublishAsync(id, cancellationToken: Ct));

        error.Problems.ShouldContain(p => p.ActivityId == "x" && p.Message.Contains("Nope.Unknown"));
        (await host.Store.GetPublishedAsync(id, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task DeleteDraft_RemovesAnUnpublishedVersion_AndRefusesThePublishedOne()
    {
        await using var host = Database.CreateHost();
        var id = NewId("delete");
        await host.Store.SaveDraftAsync(Definition(id, "one"), Ct);
        await host.Store.PublishAsync(id, 1, Ct);
        await host.Store.SaveDraftAsync(Definition(id, "two"), Ct);

        await Should.ThrowAsync<InvalidOperationException>(() => host.Store.DeleteDraftAsync(id, 1, Ct));
        await host.Store.DeleteDraftAsync(id, 2, Ct);

        var versions = await host.Store.ListVersionsAsync(id, Ct);
        var only = versions.ShouldHaveSingleItem();
        only.IsLatest.ShouldBeTrue();
        only.IsPublished.ShouldBeTrue();
        (await host.Store.SaveDraftAsync(Definition(id, "again"), Ct)).Version.ShouldBe(2);
    }

    [Fact]
    public async Task ImportFolder_CreatesNoVersion_WhenImportedTwice()
    {
        using var folder = new TempFolder();
        var id = NewId("import");
        folder.Write($"{id}.json", new DefinitionBuilder(id).WriteLine("w", "hello").Json());
        await using var host = Database.CreateHost();

        var first = await host.Importer.ImportFolderAsync(folder.Path, Ct);
        // The same content written differently (indentation, key order) is the same content.
        folder.Write($"{id}.json", WorkflowDefinitionWriter.Write(WorkflowDefinitionReader.Read(new DefinitionBuilder(id).WriteLine("w", "hello").Json()).Definition));
        var second = await host.Importer.ImportFolderAsync(folder.Path, Ct);

        first.Published.ShouldBe([$"{id}.json"]);
        second.Published.ShouldBeEmpty();
        second.Unchanged.ShouldBe([$"{id}.json"]);
        var version = (await host.Store.ListVersionsAsync(id, Ct)).ShouldHaveSingleItem();
        version.IsPublished.ShouldBeTrue();
    }

    [Fact]
    public async Task ImportFolder_PublishesExactlyOneNewVersion_WhenAFileChanged()
    {
        using var folder = new TempFolder();
        var id = NewId("changed");
        folder.Write($"{id}.json", new DefinitionBuilder(id).WriteLine("w", "hello").Json());
        await using var host = Database.CreateHost();
        await host.Importer.ImportFolderAsync(folder.Path, Ct);

        folder.Write($"{id}.json", new DefinitionBuilder(id).WriteLine("w", "xin chào").Json());
        var changed = await host.Importer.ImportFolderAsync(folder.Path, Ct);
        var again = await host.Importer.ImportFolderAsync(folder.Path, Ct);

        changed.Published.ShouldBe([$"{id}.json"]);
        again.Published.ShouldBeEmpty();
        var versions = await host.Store.ListVersionsAsync(id, Ct);
        versions.Select(v => (v.Version, v.IsPublished, v.IsLatest)).ShouldBe([(1, false, false), (2, true, true)]);
    }

    [Fact]
    public async Task ImportFolder_SkipsInvalidFilesWithTheirProblems_AndImportsTheRest()
    {
        using var folder = new TempFolder();
        var good = NewId("good");
        var unknown = NewId("unknown");
        var broken = NewId("broken");
        folder.Write($"{good}.json", new DefinitionBuilder(good).WriteLine("w", "fine").Json());
        folder.Write($"{unknown}.json", new DefinitionBuilder(unknown).WriteLine("w", "fine").Activity("bad", "Nope.Missing").Chain("w", "bad").Json());
        folder.Write($"{broken}.json", "{ \"definitionId\": \"" + broken + "\", \"root\": ");
        await using var host = Database.CreateHost();

        var report = await host.Importer.ImportFolderAsync(folder.Path, Ct);

        report.Published.ShouldBe([$"{good}.json"]);
        report.Skipped.Select(s => s.File).Order().ShouldBe(new[] { $"{broken}.json", $"{unknown}.json" }.Order());
        report.Skipped.Single(s => s.File == $"{unknown}.json").Problems.ShouldContain(p => p.Contains("Nope.Missing"));
        report.Skipped.Single(s => s.File == $"{broken}.json").Problems.ShouldContain(p => p.Contains("JSON"));
        host.Logs.Lines.ShouldContain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains($"{unknown}.json") && l.Contains("Unknown activity type 'Nope.Missing'"));
        host.Logs.Lines.ShouldContain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains($"{broken}.json") && l.Contains("not valid JSON"));
        await using var db = host.CreateDbContext();
        (await db.Definitions.CountAsync(d => d.DefinitionId == unknown || d.DefinitionId == broken, Ct)).ShouldBe(0);
        (await db.Triggers.CountAsync(t => t.DefinitionId == unknown, Ct)).ShouldBe(0);
    }
}

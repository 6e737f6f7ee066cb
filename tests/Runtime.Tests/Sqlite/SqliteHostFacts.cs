using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Runtime.Tests.Sqlite;

/// <summary>Startup on SQLite: file creation, WAL, migration, import, and the one-process lock.</summary>
public class SqliteHostFacts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IHost BuildHost(string databaseFile, string? workflows, IDictionary<string, string?>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Supervision"] = $"Data Source={databaseFile}",
            ["Workflows:Folder"] = workflows,
            ["Workflows:Import"] = workflows is null ? "false" : "true",
        });
        if (extra is not null)
            builder.Configuration.AddInMemoryCollection(extra);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSupervisionPersistence(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void ResolveConnectionString_UsesDataSupervisionDbUnderTheWorkingDirectory_WhenNothingIsConfigured()
    {
        var connection = SupervisionDatabase.ResolveConnectionString(new DatabaseOptions());

        SupervisionDatabase.SqliteFile(connection).ShouldBe(Path.Combine(Directory.GetCurrentDirectory(), "data", "supervision.db"));
    }

    [Fact]
    public void ResolveConnectionString_Throws_WhenAServerProviderHasNoConnectionString()
    {
        var error = Should.Throw<InvalidOperationException>(() => SupervisionDatabase.ResolveConnectionString(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql }));

        error.Message.ShouldContain("ConnectionStrings:Supervision");
    }

    [Fact]
    public async Task Start_CreatesTheFileInWalMode_MigratesAndImportsTheWorkflowFolder()
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "data", "supervision.db");
        var workflows = Path.Combine(folder.Path, "workflows");
        Directory.CreateDirectory(workflows);
        File.WriteAllText(Path.Combine(workflows, "hello.json"), new DefinitionBuilder("hello").WriteLine("w", "xin chào").Json());
        using var host = BuildHost(databaseFile, workflows);

        await host.StartAsync(Ct);
        var published = await host.Services.GetRequiredService<WorkflowDefinitionStore>().GetPublishedAsync("hello", Ct);
        var run = await host.Services.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflowRequest { DefinitionId = "hello" }, Ct);
        await host.StopAsync(Ct);

        File.Exists(databaseFile).ShouldBeTrue();
        published.ShouldNotBeNull().Version.ShouldBe(1);
        run.Status.ShouldBe(Supervision.Workflows.Execution.WorkflowStatus.Finished);
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        ((string?)await command.ExecuteScalarAsync(Ct)).ShouldBe("wal");
    }

    [Fact]
    public async Task Start_IsRefused_WhenAnotherHostServesTheSameSqliteFile()
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "supervision.db");
        using var first = BuildHost(databaseFile, null);
        await first.StartAsync(Ct);
        using var second = BuildHost(databaseFile, null);

        var error = await Should.ThrowAsync<DatabaseInUseException>(() => second.StartAsync(Ct));

        error.Message.ShouldContain("server database");
        error.Message.ShouldContain("PostgreSql");
        await first.StopAsync(Ct);
        first.Dispose();
        using var third = BuildHost(databaseFile, null);
        await third.StartAsync(Ct);
        await third.StopAsync(Ct);
    }

    [Fact]
    public async Task Start_LeavesTheSchemaAlone_WhenMigrateIsFalse()
    {
        using var folder = new TempFolder();
        var databaseFile = Path.Combine(folder.Path, "supervision.db");
        using var host = BuildHost(databaseFile, null, new Dictionary<string, string?> { ["Database:Migrate"] = "false" });

        await host.StartAsync(Ct);
        await host.StopAsync(Ct);

        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'workflow_instances';";
        ((long)(await command.ExecuteScalarAsync(Ct))!).ShouldBe(0);
    }

    [Fact]
    public async Task Acquire_HoldsALockThatOtherProcessesSee_UntilItIsReleased()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/flock"), "flock(1) is not installed");
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "x.db");

        var held = SqliteProcessLock.Acquire(file);
        var whileHeld = await OtherProcessCanLockAsync(held.LockFile);
        held.Dispose();
        var afterRelease = await OtherProcessCanLockAsync(held.LockFile);

        whileHeld.ShouldBeFalse();
        afterRelease.ShouldBeTrue();
    }

    private static async Task<bool> OtherProcessCanLockAsync(string lockFile)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/flock", ["--nonblock", "--exclusive", lockFile, "true"])
        {
            RedirectStandardError = true,
        })!;
        await process.WaitForExitAsync(Ct);
        return process.ExitCode == 0;
    }

    [Fact]
    public void Acquire_Throws_WhileAnotherHolderHasTheLock_AndSucceedsAfterItsRelease()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "x.db");

        var first = SqliteProcessLock.Acquire(file);
        var error = Should.Throw<DatabaseInUseException>(() => SqliteProcessLock.Acquire(file));
        first.Dispose();
        using var again = SqliteProcessLock.Acquire(file);

        error.Message.ShouldContain("use a server database");
        again.LockFile.ShouldBe(file + ".lock");
    }
}

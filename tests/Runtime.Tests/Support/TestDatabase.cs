using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Runtime.Tests.Support;

/// <summary>
/// One fresh, migrated database per test class (a class fixture). Scenario classes take it through their
/// constructor, so the same scenarios run on each provider by subclassing.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The connection string; null when the provider is not available here (the tests skip).</summary>
    public string? ConnectionString { get; protected set; }

    /// <summary>Why the tests skip, when they do.</summary>
    public string? SkipReason { get; protected set; }

    public IReadOnlyDictionary<string, string?> Configuration(string? workflowsFolder = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = ConnectionString,
            ["Workflows:Import"] = workflowsFolder is null ? "false" : "true",
        };
        if (workflowsFolder is not null)
            settings["Workflows:Folder"] = workflowsFolder;
        return settings;
    }

    /// <summary>A service provider wired as the server wires it (without the hosted services running).</summary>
    public RuntimeHost CreateHost(Action<IServiceCollection>? configure = null, string? workflowsFolder = null)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        return new RuntimeHost(Configuration(workflowsFolder), configure);
    }

    public async ValueTask InitializeAsync()
    {
        await CreateAsync();
        if (SkipReason is not null)
            return;
        await using var host = new RuntimeHost(Configuration(), null);
        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeDatabaseAsync(TestContext.Current.CancellationToken);
    }

    protected abstract Task CreateAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs SQL as is, as the application's login could.</summary>
    public async Task<int> ExecuteSqlAsync(string sql, params object[] parameters)
    {
        await using var host = CreateHost();
        await using var db = host.CreateDbContext();
        return await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    /// <summary>
    /// Runs SQL on the journal as someone with the rights to lift its guard would: drops the append-only triggers,
    /// runs it, and puts them back.
    /// </summary>
    public async Task<int> TamperWithJournalAsync(string sql, params object[] parameters)
    {
        await using var host = CreateHost();
        await using var db = host.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync(JournalGuard.DropSql(Provider));
        try
        {
            return await db.Database.ExecuteSqlRawAsync(sql, parameters);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(JournalGuard.CreateSql(Provider));
        }
    }
}

/// <summary>A new SQLite file in a temporary folder.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supervision-tests", Guid.NewGuid().ToString("N"));

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string File => Path.Combine(_folder, "supervision.db");

    protected override Task CreateAsync()
    {
        Directory.CreateDirectory(_folder);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = File }.ToString();
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temporary folder is left for the OS to clean.
        }
        return base.DisposeAsync();
    }
}

/// <summary>
/// A new database in the PostgreSQL cluster named by <c>SUPERVISION_TEST_POSTGRES</c> (see scripts/postgres.sh).
/// Unset: the tests skip. Set but unreachable: the fixture throws, so the tests fail.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string Variable = "SUPERVISION_TEST_POSTGRES";

    private string? _server;
    private string? _database;

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    protected override async Task CreateAsync()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            SkipReason = $"{Variable} is not set; start a cluster with: eval \"$(scripts/postgres.sh start)\"";
            return;
        }
        _database = "supervision_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ToString();
    }

    public override async ValueTask DisposeAsync()
    {
        if (_server is not null && _database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        await base.DisposeAsync();
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Persistence;

/// <summary>
/// Startup: for SQLite, takes the one-process lock and switches the file to WAL; applies pending migrations
/// (unless <c>Database:Migrate=false</c>); imports the workflow folder. Holds the SQLite lock until the host stops.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<SupervisionDbContext> contexts,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<WorkflowImportOptions> importOptions,
    DefinitionImporter importer,
    ILogger<DatabaseInitializer>? logger = null) : IHostedService, IDisposable
{
    private readonly ILogger _logger = logger ?? NullLogger<DatabaseInitializer>.Instance;
    private SqliteProcessLock? _lock;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await InitializeDatabaseAsync(cancellationToken);
        var import = importOptions.Value;
        if (import.Import)
            await importer.ImportFolderAsync(Path.GetFullPath(import.Folder), cancellationToken);
    }

    /// <summary>The lock, WAL and migrations, without the import.</summary>
    public async Task InitializeDatabaseAsync(CancellationToken cancellationToken)
    {
        var options = databaseOptions.Value;
        var connectionString = SupervisionDatabase.ResolveConnectionString(options);
        if (options.Provider == DatabaseProvider.Sqlite && SupervisionDatabase.SqliteFile(connectionString) is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            _lock ??= SqliteProcessLock.Acquire(file);
            RuntimeLog.UsingDatabase(_logger, options.Provider.ToString(), file);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // WAL is a property of the file: set once, it stays.
            command.CommandText = "PRAGMA journal_mode = WAL;";
            await command.ExecuteScalarAsync(cancellationToken);
        }
        else
        {
            RuntimeLog.UsingDatabase(_logger, options.Provider.ToString(), Describe(connectionString));
        }

        if (!options.Migrate)
            return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0)
            return;
        RuntimeLog.Migrating(_logger, pending.Count, options.Provider.ToString());
        await db.Database.MigrateAsync(cancellationToken);
        await Domain.DocumentSearch.BackfillAsync(db, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    /// <summary>Host and database of a server connection string, never its password.</summary>
    private static string Describe(string connectionString)
    {
        var builder = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        string? Get(params string[] keys) => keys.Select(k => builder.TryGetValue(k, out var v) ? v?.ToString() : null).FirstOrDefault(v => v is not null);
        return $"{Get("Host", "Server", "Data Source")}/{Get("Database", "Initial Catalog")}";
    }
}

using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// Hangfire's storage for the configured database: a SQLite file beside the application's SQLite file, or the
/// <c>hangfire</c> schema of the application's SQL Server or PostgreSQL database.
/// </summary>
public static class HangfireStorageFactory
{
    public static JobStorage Create(DatabaseOptions database, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = SupervisionDatabase.ResolveConnectionString(database);
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var file = SqliteFile(connectionString, options);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var synchronous = options.SqliteSynchronous.Trim().ToUpperInvariant() switch
                {
                    "NORMAL" => "NORMAL",
                    "FULL" => "FULL",
                    _ => throw new InvalidOperationException($"Scheduling:SqliteSynchronous must be Normal or Full, not '{options.SqliteSynchronous}'."),
                };
                SQLite.SQLiteConnection Open()
                {
                    var connection = new SQLite.SQLiteConnection(file, SQLite.SQLiteOpenFlags.ReadWrite | SQLite.SQLiteOpenFlags.Create | SQLite.SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: true)
                    {
                        BusyTimeout = TimeSpan.FromSeconds(30),
                    };
                    connection.Execute($"PRAGMA synchronous = {synchronous};");
                    return connection;
                }
                var storage = new SQLiteStorage(new SQLiteDbConnectionFactory(Open), new SQLiteStorageOptions
                {
                    QueuePollInterval = options.PollingInterval,
                });
                using (var connection = Open())
                    AddSetIndexes(connection);
                return storage;
            case DatabaseProvider.SqlServer:
                return new SqlServerStorage(connectionString, new SqlServerStorageOptions
                {
                    SchemaName = options.SchemaName,
                    PrepareSchemaIfNecessary = true,
                    // The application already uses Microsoft.Data.SqlClient; never the deprecated System.Data.SqlClient.
                    SqlClientFactory = Microsoft.Data.SqlClient.SqlClientFactory.Instance,
                });
            case DatabaseProvider.PostgreSql:
                var postgres = new PostgreSqlStorageOptions
                {
                    SchemaName = options.SchemaName,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = options.PollingInterval,
                };
                return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, postgres, null), postgres);
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider.");
        }
    }

    /// <summary>
    /// Indexes for the two lookups the SQLite storage makes in its "Set" table, which it indexes only column by
    /// column: a member of a set (removing a job from the schedule when it is deleted or enqueued) and a set's
    /// members by score (the scheduler's poll for due jobs). Without them the database takes the "Key" index and
    /// reads every scheduled job — one per open task, so 100,000 rows for one deletion.
    /// </summary>
    internal static void AddSetIndexes(SQLite.SQLiteConnection connection)
    {
        connection.Execute("CREATE INDEX IF NOT EXISTS \"IX_Set_Key_Value\" ON \"Set\" (\"Key\", \"Value\");");
        connection.Execute("CREATE INDEX IF NOT EXISTS \"IX_Set_Key_Score\" ON \"Set\" (\"Key\", \"Score\");");
    }

    /// <summary>The Hangfire SQLite file: <c>Scheduling:SqliteFile</c>, else <c>hangfire.db</c> beside the application's database.</summary>
    public static string SqliteFile(string connectionString, SchedulingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.SqliteFile))
            return Path.GetFullPath(options.SqliteFile);
        var database = SupervisionDatabase.SqliteFile(connectionString) ?? Path.GetFullPath(DatabaseOptions.DefaultSqliteFile);
        return Path.Combine(Path.GetDirectoryName(database)!, SchedulingOptions.DefaultSqliteFileName);
    }

    /// <summary>Where jobs are kept, for the log (never a password).</summary>
    public static string Describe(DatabaseOptions database, SchedulingOptions options) => database.Provider switch
    {
        DatabaseProvider.Sqlite => "SQLite " + SqliteFile(SupervisionDatabase.ResolveConnectionString(database), options),
        var provider => $"{provider} schema '{options.SchemaName}' of the application database",
    };
}

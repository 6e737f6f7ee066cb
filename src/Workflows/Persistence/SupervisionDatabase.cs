using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Supervision.Workflows.Persistence;

/// <summary>
/// Builds contexts of the configured provider. Registered as <c>IDbContextFactory&lt;SupervisionDbContext&gt;</c>;
/// the runtime creates one short-lived context per burst, so contexts are pooled (a context holds no state
/// between uses: <c>OnConfiguring</c> is not used and nothing is set on a context after construction).
/// </summary>
public sealed class SupervisionDbContextFactory : IDbContextFactory<SupervisionDbContext>, IDisposable
{
    private readonly Func<SupervisionDbContext> _create;
    private readonly SqliteStatementCache? _statements;

    public SupervisionDbContextFactory(DatabaseOptions options, ILoggerFactory? loggerFactory = null, IEnumerable<IInterceptor>? interceptors = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        ConnectionString = SupervisionDatabase.ResolveConnectionString(options);
        var extra = interceptors?.ToArray() ?? [];
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                if (options.SqliteKeepStatements)
                {
                    _statements = new SqliteStatementCache(options, SupervisionDatabase.SynchronousPragma(options.SqliteSynchronous));
                    extra = [_statements, .. extra];
                }
                // Each pooled context holds an open connection then, so the pool is kept to what a busy server uses
                // (1,024 is EF's default).
                var sqlite = new PooledDbContextFactory<SqliteSupervisionDbContext>(
                    SupervisionDatabase.Configure(new DbContextOptionsBuilder<SqliteSupervisionDbContext>(), options, ConnectionString, loggerFactory, extra).Options,
                    _statements is null ? 1024 : SqliteStatementCache.ContextPoolSize);
                _create = sqlite.CreateDbContext;
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new PooledDbContextFactory<SqlServerSupervisionDbContext>(
                    SupervisionDatabase.Configure(new DbContextOptionsBuilder<SqlServerSupervisionDbContext>(), options, ConnectionString, loggerFactory, extra).Options);
                _create = sqlServer.CreateDbContext;
                break;
            case DatabaseProvider.PostgreSql:
                var postgres = new PooledDbContextFactory<PostgreSqlSupervisionDbContext>(
                    SupervisionDatabase.Configure(new DbContextOptionsBuilder<PostgreSqlSupervisionDbContext>(), options, ConnectionString, loggerFactory, extra).Options);
                _create = postgres.CreateDbContext;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public SupervisionDbContext CreateDbContext() => _create();

    /// <summary>Closes the SQLite connections the pooled contexts kept open.</summary>
    public void Dispose() => _statements?.Dispose();
}

/// <summary>Provider setup shared by the host, the design-time tools and the tests.</summary>
public static class SupervisionDatabase
{
    /// <summary>The connection string to use: the configured one, or the default SQLite file under the working directory.</summary>
    public static string ResolveConnectionString(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (options.Provider != DatabaseProvider.Sqlite)
                return options.ConnectionString;
            // A relative SQLite path means relative to the working directory, whatever the process's content root.
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal))
                builder.DataSource = Path.GetFullPath(source);
            return builder.ToString();
        }
        if (options.Provider != DatabaseProvider.Sqlite)
            throw new InvalidOperationException(
                $"Database:Provider is {options.Provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set.");
        return new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(DatabaseOptions.DefaultSqliteFile) }.ToString();
    }

    /// <summary>The SQLite database file of a connection string, or null for an in-memory database.</summary>
    public static string? SqliteFile(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal) ? null : Path.GetFullPath(source);
    }

    public static DbContextOptionsBuilder<TContext> Configure<TContext>(DbContextOptionsBuilder<TContext> builder, DatabaseOptions options, string connectionString,
        ILoggerFactory? loggerFactory = null, IReadOnlyList<IInterceptor>? interceptors = null)
        where TContext : SupervisionDbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var timeout = options.CommandTimeoutSeconds;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.CommandTimeout(timeout).MigrationsHistoryTable("__ef_migrations_history"));
                builder.AddInterceptors(new SqlitePragmas(options.SqliteSynchronous));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o => o.CommandTimeout(timeout).MigrationsHistoryTable("__ef_migrations_history"));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(connectionString, o => o.CommandTimeout(timeout).MigrationsHistoryTable("__ef_migrations_history"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
        if (loggerFactory is not null)
            builder.UseLoggerFactory(loggerFactory);
        if (interceptors is { Count: > 0 })
            builder.AddInterceptors(interceptors);
        return builder;
    }

    /// <summary>The statement that sets <c>Database:SqliteSynchronous</c>, or null for FULL (SQLite's default).</summary>
    internal static string? SynchronousPragma(string synchronous) => synchronous.Trim().ToUpperInvariant() switch
    {
        "FULL" => null,
        "NORMAL" => "PRAGMA synchronous = NORMAL;",
        "EXTRA" => "PRAGMA synchronous = EXTRA;",
        _ => throw new InvalidOperationException($"Database:SqliteSynchronous must be Full, Normal or Extra, not '{synchronous}'."),
    };

    /// <summary>
    /// The SQLite <c>synchronous</c> setting, applied once per native connection (pooled connections keep it).
    /// FULL is SQLite's default, so nothing runs then.
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        private readonly string? _sql;
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _applied = [];

        public SqlitePragmas(string synchronous) => _sql = SynchronousPragma(synchronous);

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            if (_sql is null || connection is not SqliteConnection { Handle: { } handle } || _applied.TryGetValue(handle, out _))
                return;
            using var command = connection.CreateCommand();
            command.CommandText = _sql;
            command.ExecuteNonQuery();
            _applied.AddOrUpdate(handle, handle);
        }
    }
}

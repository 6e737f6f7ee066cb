using System.Data;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Persistence;

namespace Supervision.Runtime.Tests.Sqlite;

/// <summary>
/// On SQLite, pooled contexts keep their connection open and each SQL text prepared: what is reused, what stays
/// fresh, and what is cleaned up.
/// </summary>
public sealed class SqliteStatementCacheFacts : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly TempFolder _folder = new();
    private readonly SupervisionDbContextFactory _factory;

    public SqliteStatementCacheFacts()
    {
        _factory = new SupervisionDbContextFactory(new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder.Path, "cache.db")}" });
        using var db = _factory.CreateDbContext();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("CREATE TABLE probe (value INTEGER NOT NULL)");
    }

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private static KeptOpenSqliteConnection KeptOf(SupervisionDbContext db) => db.Database.GetDbConnection().ShouldBeOfType<KeptOpenSqliteConnection>();

    private static Task<int> CountProbesAsync(SupervisionDbContext db) =>
        db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM probe").SingleAsync(Ct);

    [Fact]
    public async Task A_query_run_by_successive_uses_of_a_context_is_prepared_once_and_run_again()
    {
        KeptOpenSqliteConnection? connection = null;
        for (var use = 0; use < 3; use++)
        {
            await using var db = _factory.CreateDbContext();
            (await db.Tasks.CountAsync(t => t.Status == "Open", Ct)).ShouldBe(0);
            // One context in the pool, so each use gets the same context, and with it the same open connection.
            connection ??= KeptOf(db);
            KeptOf(db).ShouldBeSameAs(connection);
            connection.State.ShouldBe(ConnectionState.Open);
        }

        var kept = connection!.KeptCommands.Where(c => c.CommandText.Contains("COUNT(*)", StringComparison.Ordinal) && c.CommandText.Contains("\"tasks\"", StringComparison.Ordinal)).ToList();
        kept.Count.ShouldBe(1);
        // The native statement itself ran three times: SQLite parsed and planned it once.
        var statements = (List<(sqlite3_stmt Statement, int Parameters)>)typeof(SqliteCommand)
            .GetField("_preparedStatements", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(kept[0])!;
        const int sqliteStmtStatusRun = 6;
        raw.sqlite3_stmt_status(statements.Single().Statement, sqliteStmtStatusRun, 0).ShouldBe(3);
    }

    [Fact]
    public async Task A_kept_statement_reads_what_another_connection_committed_since()
    {
        await using var reader = _factory.CreateDbContext();
        (await CountProbesAsync(reader)).ShouldBe(0);

        await using (var writer = _factory.CreateDbContext())
        {
            KeptOf(writer).ShouldNotBeSameAs(KeptOf(reader));
            await writer.Database.ExecuteSqlRawAsync("INSERT INTO probe (value) VALUES (1)", Ct);
        }

        // The same statement, reset after its last run, holds no old snapshot.
        (await CountProbesAsync(reader)).ShouldBe(1);
    }

    [Fact]
    public async Task A_transaction_left_open_is_rolled_back_when_the_context_goes_back_to_the_pool()
    {
        KeptOpenSqliteConnection connection;
        await using (var db = _factory.CreateDbContext())
        {
            connection = KeptOf(db);
            var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO probe (value) VALUES (2)";
            insert.ExecuteNonQuery();
        }

        await using var next = _factory.CreateDbContext();
        KeptOf(next).ShouldBeSameAs(connection);
        connection.State.ShouldBe(ConnectionState.Open);
        (await CountProbesAsync(next)).ShouldBe(0);
        await using var transactionAgain = await next.Database.BeginTransactionAsync(Ct);
        await next.Database.ExecuteSqlRawAsync("INSERT INTO probe (value) VALUES (3)", Ct);
        await transactionAgain.CommitAsync(Ct);
        (await CountProbesAsync(next)).ShouldBe(1);
    }

    [Fact]
    public async Task A_statement_that_failed_is_not_kept_and_the_same_SQL_runs_again()
    {
        await using var db = _factory.CreateDbContext();
        var connection = KeptOf(db);
        await db.Database.ExecuteSqlRawAsync("CREATE UNIQUE INDEX probe_value ON probe (value)", Ct);
        const string insert = "INSERT INTO probe (value) VALUES (7)";
        await db.Database.ExecuteSqlRawAsync(insert, Ct);

        await Should.ThrowAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(insert, Ct));

        connection.KeptCommands.ShouldNotContain(c => c.CommandText == insert);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM probe", Ct);
        await db.Database.ExecuteSqlRawAsync(insert, Ct);
        (await CountProbesAsync(db)).ShouldBe(1);
        connection.KeptCommands.ShouldContain(c => c.CommandText == insert);
    }

    [Fact]
    public async Task A_kept_connection_is_set_up_as_EF_sets_up_its_own()
    {
        await using var db = _factory.CreateDbContext();

        // EF's SQLite functions (regexp, the decimal helpers) and foreign keys.
        (await db.Database.SqlQueryRaw<bool>("SELECT ('abc' REGEXP 'b') AS \"Value\"").SingleAsync(Ct)).ShouldBeTrue();
        (await db.Database.SqlQueryRaw<decimal>("SELECT ef_mod(7.5, 2) AS \"Value\"").SingleAsync(Ct)).ShouldBe(1.5m);
        (await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS \"Value\" FROM pragma_foreign_keys").SingleAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task Beyond_the_limit_the_least_recently_used_statement_is_finalized()
    {
        await using var db = _factory.CreateDbContext();
        var connection = KeptOf(db);
        for (var i = 0; i < SqliteStatementCache.StatementsPerConnection + 5; i++)
        {
            // A distinct SQL text each time (a number, not a parameter).
            var sql = "SELECT " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " AS \"Value\"";
            (await db.Database.SqlQueryRaw<int>(sql).SingleAsync(Ct)).ShouldBe(i);
        }

        connection.KeptCommands.Count().ShouldBe(SqliteStatementCache.StatementsPerConnection);
        connection.KeptCommands.ShouldNotContain(c => c.CommandText.Contains("SELECT 0 AS", StringComparison.Ordinal));
        connection.KeptCommands.ShouldContain(c => c.CommandText.Contains($"SELECT {SqliteStatementCache.StatementsPerConnection + 4} AS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Disposing_the_factory_closes_the_kept_connections()
    {
        KeptOpenSqliteConnection connection;
        await using (var db = _factory.CreateDbContext())
        {
            connection = KeptOf(db);
            (await CountProbesAsync(db)).ShouldBe(0);
        }
        connection.State.ShouldBe(ConnectionState.Open);

        _factory.Dispose();

        connection.State.ShouldBe(ConnectionState.Closed);
        connection.KeptCommands.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_kept_statements_a_context_opens_and_closes_a_plain_connection()
    {
        using var plain = new SupervisionDbContextFactory(new DatabaseOptions
        {
            ConnectionString = $"Data Source={Path.Combine(_folder.Path, "cache.db")}",
            SqliteKeepStatements = false,
        });
        await using var db = plain.CreateDbContext();

        (await CountProbesAsync(db)).ShouldBe(0);

        db.Database.GetDbConnection().ShouldBeOfType<SqliteConnection>().State.ShouldBe(ConnectionState.Closed);
    }
}

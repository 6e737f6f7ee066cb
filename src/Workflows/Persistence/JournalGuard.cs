namespace Supervision.Workflows.Persistence;

/// <summary>
/// Database triggers that refuse every UPDATE and DELETE on <c>workflow_journal</c> (and TRUNCATE on PostgreSQL), so
/// the journal stays append-only whatever login writes to the database. Someone with the rights to drop the
/// triggers can still change rows; the hash chain then shows it. On SQLite a migration that rebuilds the journal
/// table drops its triggers: such a migration must create them again (<see cref="CreateSql"/>).
/// </summary>
public static class JournalGuard
{
    public const string Message = "workflow_journal is append-only";

    public static string CreateSql(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => $"""
            CREATE TRIGGER workflow_journal_no_update BEFORE UPDATE ON workflow_journal BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            CREATE TRIGGER workflow_journal_no_delete BEFORE DELETE ON workflow_journal BEGIN SELECT RAISE(ABORT, '{Message}'); END;
            """,
        DatabaseProvider.PostgreSql => $"""
            CREATE OR REPLACE FUNCTION workflow_journal_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{Message}';
            END
            $$;
            CREATE TRIGGER workflow_journal_no_change BEFORE UPDATE OR DELETE ON workflow_journal FOR EACH ROW EXECUTE FUNCTION workflow_journal_append_only();
            CREATE TRIGGER workflow_journal_no_truncate BEFORE TRUNCATE ON workflow_journal FOR EACH STATEMENT EXECUTE FUNCTION workflow_journal_append_only();
            """,
        // TRUNCATE fires no trigger on SQL Server; deny it to the application's login (decision 003). CREATE TRIGGER
        // must start its batch, which EXEC gives it inside the idempotent script's IF blocks.
        DatabaseProvider.SqlServer => $"""
            EXEC(N'CREATE TRIGGER workflow_journal_append_only ON workflow_journal INSTEAD OF UPDATE, DELETE AS
            BEGIN
                SET NOCOUNT ON;
                THROW 51000, ''{Message}'', 1;
            END');
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static string DropSql(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "DROP TRIGGER IF EXISTS workflow_journal_no_update; DROP TRIGGER IF EXISTS workflow_journal_no_delete;",
        DatabaseProvider.PostgreSql => """
            DROP TRIGGER IF EXISTS workflow_journal_no_change ON workflow_journal;
            DROP TRIGGER IF EXISTS workflow_journal_no_truncate ON workflow_journal;
            DROP FUNCTION IF EXISTS workflow_journal_append_only();
            """,
        DatabaseProvider.SqlServer => "DROP TRIGGER IF EXISTS workflow_journal_append_only;",
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}

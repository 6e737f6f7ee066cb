namespace Supervision.Workflows.Persistence;

/// <summary>Which database the server uses.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: a file, one server process.</summary>
    Sqlite,

    SqlServer,
    PostgreSql,
}

/// <summary>Settings under <c>Database</c>, plus <c>ConnectionStrings:Supervision</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Supervision";

    /// <summary>The SQLite file used when nothing is configured, relative to the working directory.</summary>
    public const string DefaultSqliteFile = "data/supervision.db";

    /// <summary><c>Database:Provider</c>: Sqlite (default), SqlServer or PostgreSql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary><c>ConnectionStrings:Supervision</c>; for SQLite it defaults to <see cref="DefaultSqliteFile"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Database:Migrate</c>: apply migrations at startup (default true).</summary>
    public bool Migrate { get; set; } = true;

    /// <summary><c>Database:CommandTimeoutSeconds</c> (default 30).</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// <c>Database:SqliteSynchronous</c>: the SQLite <c>synchronous</c> pragma, <c>Full</c> (default: every
    /// commit reaches the disk) or <c>Normal</c> (WAL's faster setting: a power cut may lose the last commits,
    /// a process crash loses nothing).
    /// </summary>
    public string SqliteSynchronous { get; set; } = "Full";

    /// <summary>
    /// <c>Database:SqliteKeepStatements</c>: on SQLite, pooled contexts keep their connection open and each SQL
    /// text prepared (default true). Off, every command is parsed and planned afresh, as Microsoft.Data.Sqlite does.
    /// </summary>
    public bool SqliteKeepStatements { get; set; } = true;
}

/// <summary>Settings under <c>Workflows</c>.</summary>
public sealed class WorkflowImportOptions
{
    public const string SectionName = "Workflows";

    /// <summary><c>Workflows:Folder</c>: definition files imported at startup (default <c>workflows</c>, relative to the working directory).</summary>
    public string Folder { get; set; } = "workflows";

    /// <summary><c>Workflows:Import</c>: import the folder at startup (default true).</summary>
    public bool Import { get; set; } = true;
}

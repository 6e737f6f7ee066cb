using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supervision.Workflows.Persistence;

/// <summary>
/// SQLite connections that stay open for the life of a pooled context and keep their prepared statements.
/// <para>
/// Microsoft.Data.Sqlite prepares every command afresh (SQLite parses and plans the SQL each time) and finalizes
/// its statements when the command or the connection is closed; for the inbox's and a completion's statements that
/// preparation was about a fifth of the server's CPU. A context from the pool gets a connection opened once, on
/// which each distinct SQL text is prepared once and then only reset, bound and stepped. The connection belongs
/// to the context (the pool keeps both); it is closed when the context is disposed for good or the factory is.
/// </para>
/// </summary>
internal sealed class SqliteStatementCache : DbConnectionInterceptor, IDisposable
{
    /// <summary>Distinct SQL texts kept per connection; the least recently used is finalized beyond this.</summary>
    public const int StatementsPerConnection = 256;

    /// <summary>Contexts (each with its open connection) the pool keeps; one returned beyond these is disposed and its connection closed.</summary>
    public const int ContextPoolSize = 128;

    private readonly DatabaseOptions _options;
    private readonly string? _synchronous;
    private readonly ConcurrentDictionary<KeptOpenSqliteConnection, byte> _open = new();
    private int _disposed;

    public SqliteStatementCache(DatabaseOptions options, string? synchronousPragma)
    {
        _options = options;
        _synchronous = synchronousPragma;
    }

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return InterceptionResult<DbConnection>.SuppressWithResult(Open(eventData.ConnectionString ?? throw new InvalidOperationException("The SQLite connection string is missing.")));
    }

    private KeptOpenSqliteConnection Open(string connectionString)
    {
        var connection = new KeptOpenSqliteConnection(connectionString, this);
        // EF's SQLite provider sets up a connection it is given (its functions for decimals, regexp, the command
        // timeout) when the options carry one; the same set-up a connection it creates itself gets.
        using (var setup = new DbContext(new DbContextOptionsBuilder().UseSqlite(connection, o => o.CommandTimeout(_options.CommandTimeoutSeconds)).Options))
            _ = setup.Database.GetDbConnection();
        connection.Open();
        // What EF runs when it opens a connection itself, and the configured durability.
        connection.Run("PRAGMA foreign_keys = ON;");
        if (_synchronous is not null)
            connection.Run(_synchronous);
        _open[connection] = 0;
        return connection;
    }

    internal void Closed(KeptOpenSqliteConnection connection) => _open.TryRemove(connection, out _);

    /// <summary>Closes every connection still open (the contexts holding them are not used again).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        foreach (var connection in _open.Keys)
            connection.Dispose();
    }
}

/// <summary>A SQLite connection opened once, whose commands reuse the statements prepared for the same SQL.</summary>
internal sealed class KeptOpenSqliteConnection(string connectionString, SqliteStatementCache owner) : SqliteConnection(connectionString)
{
    // Least recently used last: a hit moves to the front. A connection serves one context, one thread at a time.
    private readonly LinkedList<SqliteCommand> _order = new();
    private readonly Dictionary<string, LinkedListNode<SqliteCommand>> _byText = new(StringComparer.Ordinal);
    private bool _closed;

    /// <summary>The commands kept for reuse, most recently used first (for tests).</summary>
    internal IEnumerable<SqliteCommand> KeptCommands => _order;

    protected override DbCommand CreateDbCommand() => new ReusedStatementCommand(this);

    internal void Run(string sql)
    {
        using var command = base.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A command for this SQL: the kept one (taken out while in use, so a nested reader of the same SQL gets its own), or a new one.</summary>
    internal SqliteCommand Take(string sql)
    {
        if (_byText.Remove(sql, out var node))
        {
            _order.Remove(node);
            return node.Value;
        }
        return new KeptCommand { Connection = this, CommandText = sql };
    }

    /// <summary>Keeps a command that has finished for the next use of its SQL.</summary>
    internal void Keep(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (_closed || command is not KeptCommand { ReaderOpen: false } || _byText.ContainsKey(command.CommandText))
        {
            command.Dispose();
            return;
        }
        _byText[command.CommandText] = _order.AddFirst(command);
        while (_byText.Count > SqliteStatementCache.StatementsPerConnection)
        {
            var oldest = _order.Last!;
            _order.RemoveLast();
            _byText.Remove(oldest.Value.CommandText);
            oldest.Value.Dispose();
        }
    }

    /// <summary>
    /// EF closes a context's connection when the context goes back to the pool; the connection stays open, with its
    /// statements, for the context's next use. A transaction left open is rolled back, as closing would. Only
    /// disposing closes it.
    /// </summary>
    public override void Close()
    {
        if (_closed)
        {
            base.Close();
            return;
        }
        Transaction?.Dispose();
    }

    public override Task CloseAsync()
    {
        Close();
        return Task.CompletedTask;
    }

    private void Forget()
    {
        foreach (var command in _order)
            command.Dispose();
        _order.Clear();
        _byText.Clear();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            _closed = true;
            Forget();
            owner.Closed(this);
        }
        base.Dispose(disposing);
    }
}

/// <summary>A kept command, which can tell whether a reader still runs on it.</summary>
internal sealed class KeptCommand : SqliteCommand
{
    public bool ReaderOpen => DataReader is not null;
}

/// <summary>
/// The command EF gets from a <see cref="KeptOpenSqliteConnection"/>: it collects the SQL and parameters, runs them on
/// the connection's kept command for that SQL and gives the command back when it is disposed.
/// </summary>
internal sealed class ReusedStatementCommand(KeptOpenSqliteConnection connection) : DbCommand
{
    private readonly ParameterList _parameters = new();
    private SqliteCommand? _taken;
    private string _text = string.Empty;

    [AllowNull]
    public override string CommandText { get => _text; set => _text = value ?? string.Empty; }
    public override int CommandTimeout { get; set; } = connection.DefaultTimeout;
    public override CommandType CommandType { get => CommandType.Text; set { if (value != CommandType.Text) throw new ArgumentException("Only text commands are supported.", nameof(value)); } }
    public override bool DesignTimeVisible { get; set; }
    public override UpdateRowSource UpdatedRowSource { get; set; }
    protected override DbConnection? DbConnection { get => connection; set { if (value is not null && value != connection) throw new NotSupportedException("This command runs on the connection that created it."); } }
    protected override DbParameterCollection DbParameterCollection => _parameters;
    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() => _taken?.Cancel();
    public override void Prepare() { }
    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Run(command => command.ExecuteReader(behavior));
    public override int ExecuteNonQuery() => Run(command => command.ExecuteNonQuery());
    public override object? ExecuteScalar() => Run(command => command.ExecuteScalar());

    /// <summary>Runs the kept command; one that failed is finalized rather than kept, so no statement is reused in an error state.</summary>
    private T Run<T>(Func<SqliteCommand, T> execute)
    {
        var command = Ready();
        try
        {
            return execute(command);
        }
        catch
        {
            _taken = null;
            command.Dispose();
            throw;
        }
    }

    private SqliteCommand Ready()
    {
        if (_taken is null || !string.Equals(_taken.CommandText, _text, StringComparison.Ordinal))
        {
            Return();
            _taken = connection.Take(_text);
        }
        _taken.Transaction = (SqliteTransaction?)DbTransaction;
        _taken.CommandTimeout = CommandTimeout;
        _taken.Parameters.Clear();
        foreach (SqliteParameter parameter in _parameters)
            _taken.Parameters.Add(parameter);
        return _taken;
    }

    private void Return()
    {
        if (_taken is null)
            return;
        var taken = _taken;
        _taken = null;
        connection.Keep(taken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            Return();
        base.Dispose(disposing);
    }

    private sealed class ParameterList : SqliteParameterCollection;
}

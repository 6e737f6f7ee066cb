namespace Supervision.Workflows.Persistence;

/// <summary>Another process already serves the SQLite database.</summary>
public sealed class DatabaseInUseException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// An exclusive lock file beside a SQLite database, held for the life of the process: SQLite serves one
/// server process (Hangfire's SQLite storage runs jobs twice when two processes share a file), so a second
/// process on the same file is refused. The operating system releases the lock when the process dies.
/// </summary>
public sealed class SqliteProcessLock : IDisposable
{
    private readonly FileStream _stream;

    private SqliteProcessLock(string path, FileStream stream)
    {
        LockFile = path;
        _stream = stream;
    }

    public string LockFile { get; }

    /// <summary>Takes the lock on <c>&lt;database&gt;.lock</c>, or throws <see cref="DatabaseInUseException"/>.</summary>
    public static SqliteProcessLock Acquire(string databaseFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(databaseFile);
        var path = Path.GetFullPath(databaseFile) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows: both end with the process.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            stream.Write(pid);
            stream.Flush();
            return new SqliteProcessLock(path, stream);
        }
        catch (IOException ex)
        {
            throw new DatabaseInUseException(
                $"The SQLite database '{Path.GetFullPath(databaseFile)}' is already used by another server process (lock file '{path}'). " +
                "SQLite serves one process only; to run several processes, use a server database: set Database:Provider to SqlServer or PostgreSql " +
                $"and ConnectionStrings:{DatabaseOptions.ConnectionStringName}.", ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}

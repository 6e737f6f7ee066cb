namespace Supervision.Workflows.Persistence;

/// <summary>
/// Serialises this process's workflow commits on SQLite. SQLite has one writer at a time and a writer that
/// finds the file locked sleeps and polls (Microsoft.Data.Sqlite waits in steps of 150 ms), so letting bursts
/// queue here instead keeps commit latency flat. One process per file is guaranteed by
/// <see cref="SqliteProcessLock"/>, so an in-process gate covers every runtime writer. Server databases need no gate.
/// </summary>
public sealed class WriteGate(bool serialize)
{
    private readonly SemaphoreSlim? _semaphore = serialize ? new SemaphoreSlim(1, 1) : null;

    public static WriteGate None { get; } = new(false);

    public static WriteGate For(DatabaseProvider provider) => new(provider == DatabaseProvider.Sqlite);

    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        if (_semaphore is null)
            return default;
        await _semaphore.WaitAsync(cancellationToken);
        return new Releaser(_semaphore);
    }

    public readonly struct Releaser(SemaphoreSlim? semaphore) : IDisposable
    {
        public void Dispose() => semaphore?.Release();
    }
}

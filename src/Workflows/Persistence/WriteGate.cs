using System.Diagnostics.Metrics;

namespace Supervision.Workflows.Persistence;

/// <summary>
/// Serialises this process's workflow commits on SQLite. SQLite has one writer at a time and a writer that
/// finds the file locked sleeps and polls (Microsoft.Data.Sqlite waits in steps of 150 ms), so letting bursts
/// queue here instead keeps commit latency flat. One process per file is guaranteed by
/// <see cref="SqliteProcessLock"/>, so an in-process gate covers every runtime writer. Server databases need no gate.
/// <para>
/// How long writes wait for the gate and hold it is measured on the <see cref="MeterName"/> meter
/// (<c>dotnet-counters monitor -p PID --counters Supervision.Database</c>): when writes queue, the wait
/// grows while the hold stays short.
/// </para>
/// </summary>
public sealed class WriteGate(bool serialize, TimeProvider? clock = null)
{
    public const string MeterName = "Supervision.Database";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> Waited = Meter.CreateHistogram<double>(
        "supervision.sqlite.writer.wait", "ms", "How long a write waited for the process's one SQLite writer.");
    private static readonly Histogram<double> Held = Meter.CreateHistogram<double>(
        "supervision.sqlite.writer.hold", "ms", "How long a write held the process's one SQLite writer.");

    private readonly SemaphoreSlim? _semaphore = serialize ? new SemaphoreSlim(1, 1) : null;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public static WriteGate None { get; } = new(false);

    public static WriteGate For(DatabaseProvider provider, TimeProvider? clock = null) => new(provider == DatabaseProvider.Sqlite, clock);

    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken)
    {
        if (_semaphore is null)
            return default;
        var asked = _clock.GetTimestamp();
        await _semaphore.WaitAsync(cancellationToken);
        var entered = _clock.GetTimestamp();
        Waited.Record(_clock.GetElapsedTime(asked, entered).TotalMilliseconds);
        return new Releaser(_semaphore, _clock, entered);
    }

    public readonly struct Releaser(SemaphoreSlim? semaphore, TimeProvider? clock, long entered) : IDisposable
    {
        public void Dispose()
        {
            if (semaphore is null)
                return;
            Held.Record(clock!.GetElapsedTime(entered).TotalMilliseconds);
            semaphore.Release();
        }
    }
}

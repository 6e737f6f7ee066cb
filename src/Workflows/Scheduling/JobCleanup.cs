using System.Threading.Channels;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// Deletes the jobs of consumed bookmarks in the background, in the order they were consumed. Deleting them is
/// housekeeping: a timer or reminder job whose bookmark is gone does nothing when it runs, so a deletion lost to a
/// crash costs one empty run. Hangfire's SQLite storage takes over a millisecond per deletion (it takes the job's
/// lock and writes its state), which the person completing a task should not wait for.
/// </summary>
public sealed class JobCleanup : IAsyncDisposable, IDisposable
{
    private readonly IBackgroundJobClient _jobs;
    private readonly ILogger _logger;
    private readonly Channel<string> _pending = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;
    private readonly CancellationTokenSource _stop = new();

    /// <summary>How long disposal waits for queued deletions before leaving the rest (they run once and do nothing).</summary>
    public static readonly TimeSpan DrainOnDispose = TimeSpan.FromSeconds(5);
    private readonly object _gate = new();
    private int _outstanding;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    private readonly TimeProvider _clock;
    private int _disposed;

    public JobCleanup(IBackgroundJobClient jobs, ILogger<JobCleanup>? logger = null, TimeProvider? clock = null)
    {
        _jobs = jobs;
        _clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger<JobCleanup>.Instance;
        _worker = Task.Run(WorkAsync);
    }

    /// <summary>Queues the deletion of a job; returns at once.</summary>
    public void Delete(string jobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        lock (_gate)
        {
            if (_outstanding++ == 0)
                _idle = NewIdle(completed: false);
        }
        if (!_pending.Writer.TryWrite(jobId))
        {
            // Shutting down: delete here rather than drop it.
            DeleteNow(jobId);
            Done();
        }
    }

    /// <summary>Completes when every queued deletion has been made (or has failed and been logged).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
            return _idle.Task;
    }

    public async ValueTask DisposeAsync()
    {
        // The queued deletions are made before the storage goes away, unless there are more than a few seconds' worth.
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _pending.Writer.TryComplete();
        try
        {
            await _worker.WaitAsync(DrainOnDispose, _clock).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
            await _worker.ConfigureAwait(false);
        }
        _stop.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task WorkAsync()
    {
        await foreach (var jobId in ReadUntilStoppedAsync().ConfigureAwait(false))
        {
            DeleteNow(jobId);
            Done();
        }
    }

    private async IAsyncEnumerable<string> ReadUntilStoppedAsync()
    {
        while (true)
        {
            string jobId;
            try
            {
                if (!await _pending.Reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
                    yield break;
                if (!_pending.Reader.TryRead(out jobId!))
                    continue;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
            yield return jobId;
        }
    }

    private void DeleteNow(string jobId)
    {
        try
        {
            _jobs.Delete(jobId);
        }
        catch (Exception ex)
        {
            SchedulingLog.JobCleanupFailed(_logger, jobId, ex);
        }
    }

    private void Done()
    {
        lock (_gate)
        {
            if (--_outstanding == 0)
                _idle.TrySetResult();
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
            source.SetResult();
        return source;
    }
}

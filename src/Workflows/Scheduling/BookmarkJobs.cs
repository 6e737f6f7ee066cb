using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Scheduling;

/// <summary>The job id stored on a bookmark row, and whether a job is still going to run.</summary>
public sealed class BookmarkJobs(IDbContextFactory<SupervisionDbContext> contexts, WriteGate gate, JobStorage storage)
{
    private static readonly HashSet<string> PendingStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ScheduledState.StateName,
        EnqueuedState.StateName,
        ProcessingState.StateName,
        AwaitingState.StateName,
    };

    /// <summary>
    /// Stores <paramref name="jobId"/> on the bookmark only if the row still holds <paramref name="expected"/>
    /// (compare and set). False when the bookmark is gone or someone else changed its job first.
    /// </summary>
    public async Task<bool> ReplaceAsync(string bookmarkId, string? expected, string? jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(bookmarkId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = expected is null
            ? db.Bookmarks.Where(b => b.Id == bookmarkId && b.JobId == null)
            : db.Bookmarks.Where(b => b.Id == bookmarkId && b.JobId == expected);
        using (await gate.EnterAsync(cancellationToken))
            return await rows.ExecuteUpdateAsync(s => s.SetProperty(b => b.JobId, jobId), cancellationToken) == 1;
    }

    /// <summary>True when the bookmark is still open and still holds <paramref name="jobId"/>.</summary>
    public async Task<bool> HoldsAsync(string bookmarkId, string? jobId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return jobId is null
            ? await db.Bookmarks.AnyAsync(b => b.Id == bookmarkId && b.JobId == null, cancellationToken)
            : await db.Bookmarks.AnyAsync(b => b.Id == bookmarkId && b.JobId == jobId, cancellationToken);
    }

    /// <summary>True when the job exists and has not finished (scheduled, enqueued, processing or awaiting).</summary>
    public bool IsPending(string? jobId)
    {
        if (string.IsNullOrEmpty(jobId))
            return false;
        using var connection = storage.GetConnection();
        return IsPending(connection, jobId);
    }

    /// <summary><see cref="IsPending(string?)"/> on an open storage connection (one per reconciliation pass).</summary>
    public static bool IsPending(IStorageConnection connection, string? jobId)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (string.IsNullOrEmpty(jobId))
            return false;
        try
        {
            return connection.GetStateData(jobId) is { } state && PendingStates.Contains(state.Name);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            // A job id from another storage (a restored database moved between providers) names no job here.
            return false;
        }
    }
}

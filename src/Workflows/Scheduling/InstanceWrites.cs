using Microsoft.EntityFrameworkCore;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>What a write staged on an instance: journal entries to chain and a result for the caller.</summary>
public sealed record InstanceWrite<T>(IReadOnlyList<JournalEntry> Journal, T Result);

/// <summary>
/// Changes made to an instance outside a workflow burst (a reminder sent, a due date moved), committed in one
/// transaction with journal entries chained to the instance's journal. The instance's revision moves, so a
/// concurrent burst (or another such write) loses, replays from fresh state and sees this one.
/// </summary>
public sealed class InstanceWrites(IDbContextFactory<SupervisionDbContext> contexts, WriteGate gate)
{
    private const int MaxAttempts = 10;

    /// <summary>
    /// Runs <paramref name="stage"/> on a fresh context holding the tracked instance row and commits what it staged
    /// plus its journal entries. The stage returns null to change nothing. Returns default when the instance is gone.
    /// </summary>
    public async Task<T?> CommitAsync<T>(
        string instanceId,
        Func<SupervisionDbContext, InstanceRecord, CancellationToken, Task<InstanceWrite<T>?>> stage,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentNullException.ThrowIfNull(stage);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var instance = await db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
            if (instance is null)
                return default;
            var write = await stage(db, instance, cancellationToken);
            if (write is null)
                return default;
            if (write.Journal.Count == 0 && !db.ChangeTracker.HasChanges())
                return write.Result;
            Append(db, instance, write.Journal);
            var readRevision = instance.Revision;
            instance.Revision++;
            try
            {
                using (await gate.EnterAsync(cancellationToken))
                    await db.SaveChangesAsync(cancellationToken);
                return write.Result;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts)
            {
                // Another writer committed first (the revision moved): stage again on what it left.
                if (ex is not DbUpdateConcurrencyException && !await RevisionMovedAsync(instanceId, readRevision, cancellationToken))
                    throw;
            }
        }
    }

    private static void Append(SupervisionDbContext db, InstanceRecord instance, IReadOnlyList<JournalEntry> entries)
    {
        foreach (var entry in entries)
        {
            var row = new JournalRecord
            {
                InstanceId = instance.Id,
                Sequence = instance.JournalSequence + 1,
                At = JournalChain.Normalize(entry.At),
                Event = entry.Event,
                ActivityId = entry.ActivityId,
                ActivityType = entry.ActivityType,
                Message = entry.Message,
                Actor = entry.Actor,
                Data = entry.Data is null ? null : BookmarkHash.Canonical(entry.Data),
                PreviousHash = instance.JournalHash,
            };
            row.Hash = JournalChain.ComputeHash(row);
            db.Journal.Add(row);
            instance.JournalSequence = row.Sequence;
            instance.JournalHash = row.Hash;
        }
    }

    private async Task<bool> RevisionMovedAsync(string instanceId, long readRevision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => (long?)i.Revision).FirstOrDefaultAsync(cancellationToken);
        return current != readRevision;
    }
}

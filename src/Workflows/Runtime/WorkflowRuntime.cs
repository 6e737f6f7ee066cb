using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Supervision.Workflows.Activities.Builtin;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Serialization;

namespace Supervision.Workflows.Runtime;

/// <summary>Settings of <see cref="WorkflowRuntime"/>.</summary>
public sealed class WorkflowRuntimeOptions
{
    /// <summary>How many times a burst is replayed from fresh state after losing to a concurrent writer.</summary>
    public int MaxConcurrencyAttempts { get; set; } = 10;
}

/// <summary>The EF Core implementation of <see cref="IWorkflowRuntime"/>.</summary>
public sealed class WorkflowRuntime(
    IDbContextFactory<SupervisionDbContext> contexts,
    CompiledWorkflowCache workflows,
    WorkflowExecutor executor,
    IBookmarkScheduler scheduler,
    TimeProvider clock,
    WorkflowRuntimeOptions? options = null,
    ILogger<WorkflowRuntime>? logger = null,
    WriteGate? writeGate = null,
    IEnumerable<IBurstProjector>? projectors = null) : IWorkflowRuntime
{
    private readonly IBurstProjector[] _projectors = projectors?.ToArray() ?? [];
    private readonly WriteGate _gate = writeGate ?? WriteGate.None;
    private readonly ILogger _logger = logger ?? NullLogger<WorkflowRuntime>.Instance;
    private readonly int _maxAttempts = Math.Max(1, (options ?? new WorkflowRuntimeOptions()).MaxConcurrencyAttempts);

    // ---- start --------------------------------------------------------------------------------

    public async Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.DefinitionId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versions = db.Definitions.AsNoTracking().Where(d => d.DefinitionId == request.DefinitionId);
        versions = request.Version is { } version ? versions.Where(d => d.Version == version) : versions.Where(d => d.IsPublished);
        var versionId = await versions.Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowNotFoundException(request.Version is null
                ? $"Definition '{request.DefinitionId}' has no published version."
                : $"Definition '{request.DefinitionId}' has no version {request.Version}.");
        var workflow = await workflows.GetAsync(db, versionId, cancellationToken);
        return await StartCoreAsync(db, workflow, new StartRequest
        {
            Input = request.Input,
            CorrelationId = request.CorrelationId,
            InstanceId = request.InstanceId,
            TriggerActivityId = request.TriggerActivityId,
            Actor = request.Actor,
            CheckInput = request.CheckInput,
        }, cancellationToken);
    }

    private async Task<WorkflowRunResult> StartCoreAsync(SupervisionDbContext db, CompiledWorkflow workflow, StartRequest request, CancellationToken cancellationToken,
        bool again = false)
    {
        var result = await executor.StartAsync(workflow, request, cancellationToken);
        var state = result.State;
        var instance = new InstanceRecord
        {
            Id = state.InstanceId,
            CreatedAt = JournalChain.Normalize(state.CreatedAt),
            Revision = 0,
            JournalHash = JournalChain.Genesis,
        };
        db.Instances.Add(instance);
        var journal = Stage(db, instance, result, incidentsBefore: null);
        Project(db, instance, result);
        try
        {
            using (await _gate.EnterAsync(cancellationToken))
                await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex)
        {
            // Another instance recorded the same plan first: started again, this one finds the plan.
            if (!again && await PlanTakenAsync(db, cancellationToken))
            {
                await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
                return await StartCoreAsync(fresh, workflow, request, cancellationToken, again: true);
            }
            if (request.InstanceId is null || !await InstanceExistsAsync(request.InstanceId, cancellationToken))
                throw;
            throw new WorkflowConflictException(ConflictReason.ConcurrentUpdate, $"Instance '{request.InstanceId}' already exists.", request.InstanceId, inner: ex);
        }
        return await CommittedAsync(state, journal, result, cancellationToken);
    }

    // ---- resume, cancel, retry, migrate --------------------------------------------------------

    public Task<WorkflowRunResult> ResumeAsync(string bookmarkId, JsonNode? input = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bookmarkId);
        return BurstAsync(
            "resume",
            bookmarkId,
            // A join from the bookmark's primary key: every database plans it as two key lookups.
            (db, ct) => (from b in db.Bookmarks where b.Id == bookmarkId join i in db.Instances on b.InstanceId equals i.Id select i).FirstOrDefaultAsync(ct),
            () => new WorkflowConflictException(ConflictReason.BookmarkNotOpen, $"Bookmark '{bookmarkId}' is not open: it was consumed already or never existed.", bookmarkId: bookmarkId),
            async (context, ct) =>
            {
                try
                {
                    return await executor.ResumeAsync(context.Workflow, context.State, bookmarkId, input?.DeepClone(), actor, ct);
                }
                catch (BookmarkNotFoundException ex)
                {
                    throw new WorkflowConflictException(ConflictReason.BookmarkNotOpen, ex.Message, ex.InstanceId, bookmarkId, ex);
                }
            },
            cancellationToken);
    }

    public Task<WorkflowRunResult> UpdateBookmarkPayloadAsync(string bookmarkId, Func<JsonObject, JsonObject> change, string journalEvent, string? message, string? actor,
        CancellationToken cancellationToken = default, JsonObject? details = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(bookmarkId);
        ArgumentNullException.ThrowIfNull(change);
        return BurstAsync(
            "update bookmark",
            bookmarkId,
            (db, ct) => (from b in db.Bookmarks where b.Id == bookmarkId join i in db.Instances on b.InstanceId equals i.Id select i).FirstOrDefaultAsync(ct),
            () => new WorkflowConflictException(ConflictReason.BookmarkNotOpen, $"Bookmark '{bookmarkId}' is not open.", bookmarkId: bookmarkId),
            async (context, ct) =>
            {
                var bookmark = context.State.FindBookmark(bookmarkId)
                    ?? throw new WorkflowConflictException(ConflictReason.BookmarkNotOpen, $"Bookmark '{bookmarkId}' is not open.", context.State.InstanceId, bookmarkId);
                bookmark.Payload = change((JsonObject?)bookmark.Payload?.DeepClone() ?? new JsonObject());
                var row = await context.Db.Bookmarks.FirstAsync(b => b.Id == bookmarkId, ct);
                row.Payload = bookmark.Payload.ToJsonString();
                var data = (JsonObject?)details?.DeepClone() ?? new JsonObject();
                data["bookmarkId"] = bookmarkId;
                var entry = new JournalEntry(clock.GetUtcNow(), journalEvent, bookmark.ActivityId, bookmark.ActivityType, message, actor, data);
                // The projections (a task's row, its work task) follow the payload in the same commit.
                return new ExecutionResult(context.State, [entry], [], [], [bookmark]);
            },
            cancellationToken);
    }

    public Task<WorkflowRunResult> CancelAsync(string instanceId, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return BurstAsync("cancel", instanceId, (db, ct) => db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct), () => NotFound(instanceId),
            (context, _) => ValueTask.FromResult(executor.Cancel(context.Workflow, context.State, actor)), cancellationToken);
    }

    public Task<WorkflowRunResult> RetryAsync(string instanceId, string? incidentId = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return BurstAsync("retry", instanceId, (db, ct) => db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct), () => NotFound(instanceId),
            (context, ct) => executor.RetryAsync(context.Workflow, context.State, incidentId, actor, ct), cancellationToken);
    }

    public Task<WorkflowRunResult> MigrateAsync(MigrateInstanceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.InstanceId);
        var instanceId = request.InstanceId;
        return BurstAsync("migrate", instanceId, (db, ct) => db.Instances.FirstOrDefaultAsync(i => i.Id == instanceId, ct), () => NotFound(instanceId),
            async (context, ct) =>
            {
                var state = context.State;
                if (state.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
                    throw new InvalidWorkflowStateException($"Instance '{instanceId}' is {state.Status}; only an unfinished instance can be migrated.");
                var targetId = await context.Db.Definitions.AsNoTracking()
                    .Where(d => d.DefinitionId == state.DefinitionId && d.Version == request.TargetVersion).Select(d => d.Id).FirstOrDefaultAsync(ct)
                    ?? throw new WorkflowNotFoundException($"Definition '{state.DefinitionId}' has no version {request.TargetVersion}.");
                var target = await workflows.GetAsync(context.Db, targetId, ct);
                var journal = InstanceMigration.Apply(context.Workflow, target, state, request.ActivityMap, request.Actor, clock.GetUtcNow());

                // Bookmark ids and hashes stay; only the activity they belong to may change.
                var rows = await context.Db.Bookmarks.Where(b => b.InstanceId == instanceId).ToListAsync(ct);
                foreach (var row in rows)
                {
                    if (state.FindBookmark(row.Id) is { } bookmark)
                        row.ActivityId = bookmark.ActivityId;
                }
                return new ExecutionResult(state, [journal], [], []);
            },
            cancellationToken);
    }

    private static WorkflowNotFoundException NotFound(string instanceId) => new($"Instance '{instanceId}' does not exist.");

    private sealed record BurstContext(SupervisionDbContext Db, InstanceRecord Instance, WorkflowState State, CompiledWorkflow Workflow);

    /// <summary>
    /// Loads the instance, runs the burst on its snapshot and commits; when another writer committed first
    /// (the revision moved or a bookmark row is gone), starts again from fresh state.
    /// </summary>
    private async Task<WorkflowRunResult> BurstAsync(
        string operation,
        string key,
        Func<SupervisionDbContext, CancellationToken, Task<InstanceRecord?>> load,
        Func<Exception> missing,
        Func<BurstContext, CancellationToken, ValueTask<ExecutionResult>> run,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // One connection for the burst's reads and its commit, not one taken from the pool and given back per query.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var instance = await load(db, cancellationToken) ?? throw missing();
            var state = WorkflowStateSerializer.Deserialize(instance.Snapshot);
            var incidentsBefore = state.Incidents.ToDictionary(i => i.Id, i => i.ResolvedAt, StringComparer.Ordinal);
            var workflow = await workflows.GetAsync(db, instance.DefinitionVersionId, cancellationToken);
            var result = await run(new BurstContext(db, instance, state, workflow), cancellationToken);
            await FillJobIdsAsync(db, result.RemovedBookmarks, cancellationToken);
            var readRevision = instance.Revision;
            var journal = Stage(db, instance, result, incidentsBefore);
            Project(db, instance, result);
            try
            {
                using (await _gate.EnterAsync(cancellationToken))
                    await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex)
            {
                await db.Database.CloseConnectionAsync();
                if (ex is not DbUpdateConcurrencyException && !await RevisionMovedAsync(instance.Id, readRevision, cancellationToken)
                    && !await PlanTakenAsync(db, cancellationToken))
                    throw;
                // Lost to another writer: the revision check failed, a bookmark row was gone, (the database
                // ordering the statements otherwise) the next journal sequence was taken, or another instance
                // recorded the same plan first.
                if (attempt >= _maxAttempts)
                {
                    throw new WorkflowConflictException(ConflictReason.ConcurrentUpdate,
                        $"Instance '{instance.Id}' kept changing during {operation} ({key}); gave up after {attempt} attempts.", instance.Id, inner: ex);
                }
                RuntimeLog.ConcurrencyRetry(_logger, instance.Id, operation, attempt);
                continue;
            }
            // Given back before the scheduling, which takes connections of its own.
            await db.Database.CloseConnectionAsync();
            return await CommittedAsync(result.State, journal, result, cancellationToken);
        }
    }

    private async Task<bool> InstanceExistsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Instances.AnyAsync(i => i.Id == instanceId, cancellationToken);
    }

    /// <summary>
    /// Whether a plan this burst would record was committed by another instance meanwhile. Plans are the domain rows
    /// keyed by name (two instances can name one plan at once); run again, the burst finds the plan and adds nothing.
    /// </summary>
    private async Task<bool> PlanTakenAsync(SupervisionDbContext staged, CancellationToken cancellationToken)
    {
        var added = staged.ChangeTracker.Entries<Domain.Planning.Plan>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToList();
        if (added.Count == 0)
            return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Plans.IgnoreQueryFilters().AnyAsync(p => added.Contains(p.Id), cancellationToken);
    }

    private async Task<bool> RevisionMovedAsync(string instanceId, long readRevision, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => (long?)i.Revision).FirstOrDefaultAsync(cancellationToken);
        return current != readRevision;
    }

    /// <summary>Lets projections (the task list, the notification outbox) stage their rows in the burst's transaction.</summary>
    private void Project(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result)
    {
        foreach (var projector in _projectors)
            projector.Project(db, instance, result);
    }

    /// <summary>Stages every row of a burst on the context; the caller's one SaveChanges commits them together.</summary>
    private static List<JournalEntry> Stage(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result, Dictionary<string, DateTimeOffset?>? incidentsBefore)
    {
        var state = result.State;
        instance.DefinitionId = state.DefinitionId;
        instance.DefinitionVersionId = state.DefinitionVersionId;
        instance.DefinitionVersion = state.DefinitionVersion;
        instance.Status = state.Status;
        instance.CorrelationId = state.CorrelationId;
        instance.UpdatedAt = JournalChain.Normalize(state.UpdatedAt);
        instance.FinishedAt = state.FinishedAt is { } finished ? JournalChain.Normalize(finished) : null;
        instance.Snapshot = WorkflowStateSerializer.Serialize(state);
        // The concurrency token: the UPDATE only matches the revision this burst read.
        instance.Revision++;

        foreach (var removed in result.RemovedBookmarks)
        {
            // Deleting a row that is gone fails the whole commit: a bookmark is consumed once.
            var stub = new BookmarkRecord { Id = removed.Id };
            db.Bookmarks.Attach(stub);
            db.Bookmarks.Remove(stub);
        }
        foreach (var created in result.CreatedBookmarks)
        {
            db.Bookmarks.Add(new BookmarkRecord
            {
                Id = created.Id,
                InstanceId = state.InstanceId,
                Name = created.Name,
                Hash = created.Hash,
                Stimulus = created.Stimulus is null ? null : BookmarkHash.Canonical(created.Stimulus),
                ActivityId = created.ActivityId,
                ActivityType = created.ActivityType,
                CorrelationId = state.CorrelationId,
                CreatedAt = JournalChain.Normalize(created.CreatedAt),
                DueAt = created.DueAt is { } due ? JournalChain.Normalize(due) : null,
                Payload = created.Payload?.ToJsonString(),
                JobId = created.JobId,
            });
        }

        var journal = new List<JournalEntry>(result.Journal.Count);
        foreach (var entry in result.Journal)
        {
            var row = new JournalRecord
            {
                InstanceId = state.InstanceId,
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
            journal.Add(entry);
        }

        foreach (var incident in state.Incidents)
        {
            if (incidentsBefore is null || !incidentsBefore.TryGetValue(incident.Id, out var resolvedBefore))
            {
                db.Incidents.Add(new IncidentRecord
                {
                    Id = incident.Id,
                    InstanceId = state.InstanceId,
                    ActivityId = incident.ActivityId,
                    ActivityType = incident.ActivityType,
                    Message = incident.Message,
                    ExceptionType = incident.ExceptionType,
                    StackTrace = incident.StackTrace,
                    At = JournalChain.Normalize(incident.At),
                    ResolvedAt = incident.ResolvedAt is { } r ? JournalChain.Normalize(r) : null,
                });
            }
            else if (resolvedBefore != incident.ResolvedAt)
            {
                var stub = new IncidentRecord { Id = incident.Id };
                db.Incidents.Attach(stub);
                stub.ResolvedAt = incident.ResolvedAt is { } r ? JournalChain.Normalize(r) : null;
                db.Entry(stub).Property(i => i.ResolvedAt).IsModified = true;
            }
        }
        return journal;
    }

    /// <summary>Removed bookmarks carry the job id stored on their row (the snapshot does not know it).</summary>
    private static async Task FillJobIdsAsync(SupervisionDbContext db, IReadOnlyList<Bookmark> removed, CancellationToken cancellationToken)
    {
        // Timers keep their job on the row, and so do human tasks (their pending reminder job).
        if (removed.Count == 0)
            return;
        var ids = removed.Select(b => b.Id).ToList();
        var jobs = await db.Bookmarks.AsNoTracking().Where(b => ids.Contains(b.Id) && b.JobId != null)
            .Select(b => new { b.Id, b.JobId }).ToDictionaryAsync(b => b.Id, b => b.JobId, cancellationToken);
        foreach (var bookmark in removed)
        {
            if (jobs.TryGetValue(bookmark.Id, out var jobId))
                bookmark.JobId = jobId;
        }
    }

    private async Task<WorkflowRunResult> CommittedAsync(WorkflowState state, List<JournalEntry> journal, ExecutionResult result, CancellationToken cancellationToken)
    {
        if (result.CreatedBookmarks.Count > 0 || result.RemovedBookmarks.Count > 0)
        {
            try
            {
                await scheduler.BookmarksChangedAsync(new BookmarkChanges(state.InstanceId, result.CreatedBookmarks, result.RemovedBookmarks), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                RuntimeLog.SchedulerFailed(_logger, state.InstanceId, ex);
            }
        }
        return new WorkflowRunResult(state, journal, result.CreatedBookmarks, result.RemovedBookmarks);
    }

    // ---- events -------------------------------------------------------------------------------

    public async Task<TriggerEventResult> TriggerEventAsync(string eventName, string? correlationId = null, JsonNode? payload = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var hash = BookmarkHash.Compute(Event.TypeKey, Event.Stimulus(eventName));
        List<string> bookmarkIds;
        List<TriggerRecord> triggers;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var bookmarks = db.Bookmarks.AsNoTracking().Where(b => b.Name == Event.TypeKey && b.Hash == hash);
            if (correlationId is not null)
                bookmarks = bookmarks.Where(b => b.CorrelationId == correlationId);
            bookmarkIds = await bookmarks.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).Select(b => b.Id).ToListAsync(cancellationToken);
            triggers = await db.Triggers.AsNoTracking().Where(t => t.Name == Event.TypeKey && t.Hash == hash)
                .Where(t => db.Definitions.Any(d => d.Id == t.DefinitionVersionId && d.IsPublished))
                .OrderBy(t => t.DefinitionId).ThenBy(t => t.ActivityId).ToListAsync(cancellationToken);
        }

        var resumed = new List<WorkflowRunResult>(bookmarkIds.Count);
        foreach (var bookmarkId in bookmarkIds)
        {
            try
            {
                resumed.Add(await ResumeAsync(bookmarkId, payload, actor, cancellationToken));
            }
            catch (WorkflowConflictException ex) when (ex.Reason == ConflictReason.BookmarkNotOpen)
            {
                // Someone else consumed it between the lookup and the resume: that is their event now.
            }
            catch (InvalidWorkflowStateException ex)
            {
                // A faulted instance keeps its other bookmarks; one instance must not stop the fan-out.
                RuntimeLog.EventNotDelivered(_logger, eventName, bookmarkId, ex.Message);
            }
        }

        var started = new List<WorkflowRunResult>(triggers.Count);
        foreach (var trigger in triggers)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var workflow = await workflows.GetAsync(db, trigger.DefinitionVersionId, cancellationToken);
            try
            {
                started.Add(await StartCoreAsync(db, workflow, new StartRequest
                {
                    Input = new Dictionary<string, object?> { ["eventPayload"] = payload?.DeepClone() },
                    CorrelationId = correlationId,
                    TriggerActivityId = trigger.ActivityId,
                    Actor = actor,
                }, cancellationToken));
            }
            catch (WorkflowInputException ex)
            {
                // A workflow that requires inputs an event cannot give is not started; the others are.
                RuntimeLog.TriggerNotStarted(_logger, eventName, trigger.DefinitionId, ex.Message);
            }
        }
        return new TriggerEventResult(resumed, started);
    }

    // ---- reads --------------------------------------------------------------------------------

    public async Task<WorkflowInstanceView?> GetInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (row is null)
            return null;
        var state = WorkflowStateSerializer.Deserialize(row.Snapshot);
        var jobs = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).Select(b => new { b.Id, b.JobId }).ToListAsync(cancellationToken);
        var jobById = jobs.ToDictionary(b => b.Id, b => b.JobId, StringComparer.Ordinal);
        var bookmarks = new List<Bookmark>(state.Bookmarks.Count);
        foreach (var bookmark in state.Bookmarks)
        {
            bookmark.JobId = jobById.GetValueOrDefault(bookmark.Id);
            bookmarks.Add(bookmark);
        }
        return new WorkflowInstanceView(Summary(row), state, bookmarks, row.Revision);
    }

    public async Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(0, query.Page);
        var size = Math.Clamp(query.PageSize, 1, InstanceQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Instances.AsNoTracking();
        if (query.Status is { } status)
            rows = rows.Where(i => i.Status == status);
        if (query.DefinitionId is not null)
            rows = rows.Where(i => i.DefinitionId == query.DefinitionId);
        if (query.CorrelationId is not null)
            rows = rows.Where(i => i.CorrelationId == query.CorrelationId);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip(page * size).Take(size)
            .Select(i => new InstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersionId, i.DefinitionVersion, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt))
            .ToListAsync(cancellationToken);
        return new InstancePage(items, total, page, size);
    }

    public async Task<IReadOnlyList<JournalEntryView>> GetJournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken);
        return rows.Select(j => new JournalEntryView(j.Sequence, j.At, j.Event, j.ActivityId, j.ActivityType, j.Message, j.Actor,
            j.Data is null ? null : JsonNode.Parse(j.Data) as JsonObject, j.Hash)).ToList();
    }

    public async Task<JournalVerification> VerifyJournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { i.JournalSequence, i.JournalHash }).FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFound(instanceId);
        var previous = JournalChain.Genesis;
        long expected = 1;
        long count = 0;
        await foreach (var row in db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (row.Sequence != expected)
                return new JournalVerification(instanceId, count, expected, $"Entry {expected} is missing (found {row.Sequence} next).");
            if (row.PreviousHash != previous)
                return new JournalVerification(instanceId, count, row.Sequence, "Its previous hash does not match the hash of the entry before it.");
            if (JournalChain.ComputeHash(row) != row.Hash)
                return new JournalVerification(instanceId, count, row.Sequence, "Its content does not match its hash.");
            previous = row.Hash;
            expected++;
        }
        // The instance row holds the head of the chain, so removing the last entries shows too.
        if (head.JournalSequence != expected - 1 || head.JournalHash != previous)
            return new JournalVerification(instanceId, count, expected, $"The journal ends at {expected - 1} but the instance recorded {head.JournalSequence} entries.");
        return new JournalVerification(instanceId, count, null, null);
    }

    public async Task<bool> SetBookmarkJobIdAsync(string bookmarkId, string? jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(bookmarkId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using (await _gate.EnterAsync(cancellationToken))
        {
            var updated = await db.Bookmarks.Where(b => b.Id == bookmarkId).ExecuteUpdateAsync(s => s.SetProperty(b => b.JobId, jobId), cancellationToken);
            return updated == 1;
        }
    }

    public async Task<IReadOnlyList<DueBookmark>> GetDueBookmarksAsync(DateTimeOffset dueBefore, int take = 500, CancellationToken cancellationToken = default)
    {
        var limit = JournalChain.Normalize(dueBefore);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Bookmarks.AsNoTracking().Where(b => b.DueAt != null && b.DueAt < limit)
            .OrderBy(b => b.DueAt).ThenBy(b => b.Id).Take(Math.Clamp(take, 1, 10_000))
            .Select(b => new DueBookmark(b.Id, b.InstanceId, b.ActivityId, b.Name, b.DueAt!.Value, b.JobId))
            .ToListAsync(cancellationToken);
    }

    private static InstanceSummary Summary(InstanceRecord i) =>
        new(i.Id, i.DefinitionId, i.DefinitionVersionId, i.DefinitionVersion, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}

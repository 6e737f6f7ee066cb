using System.Text.Json.Nodes;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// Runs persisted workflow instances. Every call that changes an instance is one burst committed in one
/// transaction (snapshot, bookmark rows, journal rows, incident rows); a concurrent writer is detected by the
/// instance's revision and the burst is replayed from fresh state, a bounded number of times.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance of the published version (or of <see cref="StartWorkflowRequest.Version"/>).</summary>
    Task<WorkflowRunResult> StartAsync(StartWorkflowRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Resumes an open bookmark. Throws <see cref="WorkflowConflictException"/> with
    /// <see cref="ConflictReason.BookmarkNotOpen"/> when it was consumed already (a lost race) or never existed.
    /// </summary>
    Task<WorkflowRunResult> ResumeAsync(string bookmarkId, JsonNode? input = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Raises an <c>Elsa.Event</c>: resumes every bookmark waiting for it (of instances with that correlation id,
    /// when one is given) and starts every published workflow that it triggers.
    /// </summary>
    Task<TriggerEventResult> TriggerEventAsync(string eventName, string? correlationId = null, JsonNode? payload = null, string? actor = null, CancellationToken cancellationToken = default);

    Task<WorkflowRunResult> CancelAsync(string instanceId, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>Retries an open incident of a faulted instance (the latest when <paramref name="incidentId"/> is null).</summary>
    Task<WorkflowRunResult> RetryAsync(string instanceId, string? incidentId = null, string? actor = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a running, suspended or faulted instance to another version of its definition. Throws
    /// <see cref="WorkflowMigrationException"/>, changing nothing, when an open bookmark's, a queued item's or an
    /// open incident's activity has no counterpart of the same type in the target version.
    /// </summary>
    Task<WorkflowRunResult> MigrateAsync(MigrateInstanceRequest request, CancellationToken cancellationToken = default);

    Task<WorkflowInstanceView?> GetInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    Task<InstancePage> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JournalEntryView>> GetJournalAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Recomputes the instance's journal hash chain and reports the first broken link.</summary>
    Task<JournalVerification> VerifyJournalAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the payload of an open bookmark (a task's due date or assignee) in the instance snapshot and the
    /// bookmark row in one transaction, journalled with the actor and reason (and <paramref name="details"/>, in the
    /// entry's data, for the projections that follow the change). Throws
    /// <see cref="WorkflowConflictException"/> when the bookmark is no longer open.
    /// </summary>
    Task<WorkflowRunResult> UpdateBookmarkPayloadAsync(string bookmarkId, Func<JsonObject, JsonObject> change, string journalEvent, string? message, string? actor,
        CancellationToken cancellationToken = default, JsonObject? details = null);

    /// <summary>Stores the scheduler's job id on an open bookmark. False when the bookmark is gone (delete the job then).</summary>
    Task<bool> SetBookmarkJobIdAsync(string bookmarkId, string? jobId, CancellationToken cancellationToken = default);

    /// <summary>Open bookmarks due before a time, soonest first (for the scheduler's reconciliation pass).</summary>
    Task<IReadOnlyList<DueBookmark>> GetDueBookmarksAsync(DateTimeOffset dueBefore, int take = 500, CancellationToken cancellationToken = default);
}

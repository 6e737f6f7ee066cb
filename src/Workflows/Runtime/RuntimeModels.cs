using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Runtime;

/// <summary>What to start.</summary>
public sealed record StartWorkflowRequest
{
    public required string DefinitionId { get; init; }

    /// <summary>The version to run; null runs the published version.</summary>
    public int? Version { get; init; }

    public IReadOnlyDictionary<string, object?>? Input { get; init; }
    public string? CorrelationId { get; init; }
    public string? Actor { get; init; }

    /// <summary>An instance id chosen by the caller (for idempotent starts); generated when null.</summary>
    public string? InstanceId { get; init; }

    /// <summary>
    /// The trigger activity (a <c>canStartWorkflow</c> Cron or Timer) that starts the instance: the flowchart starts
    /// there and the activity completes at once instead of waiting. Null starts the workflow as usual.
    /// </summary>
    public string? TriggerActivityId { get; init; }

    /// <inheritdoc cref="StartRequest.CheckInput"/>
    public bool CheckInput { get; init; }
}

/// <summary>A committed burst.</summary>
/// <param name="State">The instance after the burst (as committed).</param>
/// <param name="Journal">The journal entries the burst appended, in order.</param>
/// <param name="CreatedBookmarks">Bookmarks the burst opened.</param>
/// <param name="RemovedBookmarks">Bookmarks the burst consumed or cancelled, with their stored job ids.</param>
public sealed record WorkflowRunResult(
    WorkflowState State,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<Bookmark> CreatedBookmarks,
    IReadOnlyList<Bookmark> RemovedBookmarks)
{
    public string InstanceId => State.InstanceId;
    public WorkflowStatus Status => State.Status;
}

/// <summary>What an event did.</summary>
/// <param name="Resumed">Instances resumed from a matching bookmark.</param>
/// <param name="Started">Instances started from a matching trigger of a published version.</param>
public sealed record TriggerEventResult(IReadOnlyList<WorkflowRunResult> Resumed, IReadOnlyList<WorkflowRunResult> Started);

/// <summary>Filters and page of <see cref="IWorkflowRuntime.QueryInstancesAsync"/>; newest first.</summary>
public sealed record InstanceQuery
{
    public const int MaxPageSize = 500;

    public WorkflowStatus? Status { get; init; }
    public string? DefinitionId { get; init; }
    public string? CorrelationId { get; init; }

    /// <summary>Zero-based.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = 50;
}

/// <summary>An instance's status columns, without its snapshot.</summary>
public sealed record InstanceSummary(
    string Id,
    string DefinitionId,
    string DefinitionVersionId,
    int DefinitionVersion,
    WorkflowStatus Status,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);

public sealed record InstancePage(IReadOnlyList<InstanceSummary> Items, int TotalCount, int Page, int PageSize);

/// <summary>An instance with its state and open bookmarks (job ids as stored).</summary>
public sealed record WorkflowInstanceView(InstanceSummary Summary, WorkflowState State, IReadOnlyList<Bookmark> Bookmarks, long Revision);

/// <summary>One persisted journal row.</summary>
public sealed record JournalEntryView(long Sequence, DateTimeOffset At, string Event, string? ActivityId, string? ActivityType, string? Message, string? Actor, JsonObject? Data, string Hash);

/// <summary>Move an instance to another version of its definition.</summary>
public sealed record MigrateInstanceRequest
{
    public required string InstanceId { get; init; }
    public required int TargetVersion { get; init; }

    /// <summary>Source activity id → target activity id. An id not listed maps to itself when the target has it.</summary>
    public IReadOnlyDictionary<string, string>? ActivityMap { get; init; }

    public string? Actor { get; init; }
}

/// <summary>Open bookmarks with a due time, for the scheduler's reconciliation pass.</summary>
public sealed record DueBookmark(string BookmarkId, string InstanceId, string ActivityId, string Name, DateTimeOffset DueAt, string? JobId);

/// <summary>One stored version of a definition.</summary>
public sealed record StoredDefinition(
    string VersionId,
    string DefinitionId,
    int Version,
    string? Name,
    bool IsLatest,
    bool IsPublished,
    string ContentHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    WorkflowDefinition Definition);

/// <summary>A version without its content.</summary>
public sealed record DefinitionVersionSummary(
    string VersionId,
    string DefinitionId,
    int Version,
    string? Name,
    bool IsLatest,
    bool IsPublished,
    string ContentHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt);

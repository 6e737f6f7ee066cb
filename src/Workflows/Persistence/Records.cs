using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Persistence;

/// <summary>One version of a workflow definition (table <c>workflow_definitions</c>).</summary>
public sealed class DefinitionRecord
{
    /// <summary>The version id (the definition JSON's <c>id</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>Stable across versions.</summary>
    public string DefinitionId { get; set; } = "";

    public int Version { get; set; }
    public string? Name { get; set; }

    /// <summary>The name in English (the definition's <c>customProperties.nameEn</c>), when it has one.</summary>
    public string? NameEn { get; set; }

    public string? Description { get; set; }

    /// <summary>The description in English (the definition's <c>customProperties.descriptionEn</c>), when it has one.</summary>
    public string? DescriptionEn { get; set; }

    public bool IsLatest { get; set; }
    public bool IsPublished { get; set; }

    /// <summary>The Elsa 3 definition JSON of this version.</summary>
    public string Json { get; set; } = "";

    /// <summary>SHA-256 of the normalized content (see <see cref="Runtime.DefinitionContentHash"/>).</summary>
    public string ContentHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Who saved this version; null: imported from the definitions folder at start-up.</summary>
    public string? CreatedBy { get; set; }

    /// <summary>Who published it (a designer, or the reviewer who approved it); null as for <see cref="CreatedBy"/>.</summary>
    public string? PublishedBy { get; set; }
}

/// <summary>A workflow instance: status columns for queries plus the JSON snapshot that resumes it (table <c>workflow_instances</c>).</summary>
public sealed class InstanceRecord
{
    public string Id { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? CorrelationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary><see cref="Serialization.WorkflowStateSerializer"/> output.</summary>
    public string Snapshot { get; set; } = "";

    /// <summary>Concurrency token: every burst writes <c>Revision + 1</c> where the row still has the revision it read.</summary>
    public long Revision { get; set; }

    /// <summary>Sequence of the last journal row (0 when none).</summary>
    public long JournalSequence { get; set; }

    /// <summary>Hash of the last journal row, the link the next row chains to.</summary>
    public string JournalHash { get; set; } = "";
}

/// <summary>An open bookmark, found by name + stimulus hash or by due time without loading instances (table <c>workflow_bookmarks</c>).</summary>
public sealed class BookmarkRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? Stimulus { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";

    /// <summary>The instance's correlation id, copied so an event can be matched without a join.</summary>
    public string? CorrelationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? Payload { get; set; }

    /// <summary>The scheduler's job for <see cref="DueAt"/>, set after the job is created.</summary>
    public string? JobId { get; set; }
}

/// <summary>A <c>canStartWorkflow</c> activity of a published version (table <c>workflow_triggers</c>).</summary>
public sealed class TriggerRecord
{
    /// <summary><c>versionId:activityId</c>.</summary>
    public string Id { get; set; } = "";

    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Name { get; set; } = "";
    public string Hash { get; set; } = "";
    public string? Stimulus { get; set; }
}

/// <summary>One append-only journal row, chained to the previous one by hash (table <c>workflow_journal</c>).</summary>
public sealed class JournalRecord
{
    public string InstanceId { get; set; } = "";

    /// <summary>1, 2, 3… per instance.</summary>
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }
    public string Event { get; set; } = "";
    public string? ActivityId { get; set; }
    public string? ActivityType { get; set; }
    public string? Message { get; set; }
    public string? Actor { get; set; }

    /// <summary>Canonical JSON (sorted keys) of the entry's data.</summary>
    public string? Data { get; set; }

    public string PreviousHash { get; set; } = "";
    public string Hash { get; set; } = "";
}

/// <summary>An activity failure that faulted an instance (table <c>workflow_incidents</c>).</summary>
public sealed class IncidentRecord
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public string? StackTrace { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

namespace Supervision.Workflows.Runtime;

/// <summary>Why a runtime operation lost against another writer.</summary>
public enum ConflictReason
{
    /// <summary>The bookmark was already consumed (or never existed).</summary>
    BookmarkNotOpen,

    /// <summary>The instance kept changing under the operation until its retries ran out.</summary>
    ConcurrentUpdate,

    /// <summary>The definition changed under the operation (another publish, for instance).</summary>
    DefinitionChanged,
}

/// <summary>The operation lost a race; nothing was changed. The API maps it to 409 Conflict.</summary>
public sealed class WorkflowConflictException(ConflictReason reason, string message, string? instanceId = null, string? bookmarkId = null, Exception? inner = null)
    : Exception(message, inner)
{
    public ConflictReason Reason { get; } = reason;
    public string? InstanceId { get; } = instanceId;
    public string? BookmarkId { get; } = bookmarkId;
}

/// <summary>An instance, definition or version does not exist. The API maps it to 404.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);

/// <summary>An instance cannot move to the target version; nothing was changed.</summary>
public sealed class WorkflowMigrationException(string instanceId, IReadOnlyList<string> problems)
    : Exception($"Instance '{instanceId}' cannot be migrated: {string.Join("; ", problems)}")
{
    public string InstanceId { get; } = instanceId;
    public IReadOnlyList<string> Problems { get; } = problems;
}

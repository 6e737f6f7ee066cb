using System.Text.Json.Nodes;

namespace Supervision.Workflows.Execution;

/// <summary>Where a workflow instance stands.</summary>
public enum WorkflowStatus
{
    Running,
    Suspended,
    Finished,
    Faulted,
    Cancelled,
}

/// <summary>
/// Everything needed to continue an instance, given its definition: variables, open bookmarks,
/// pending work and join progress. <see cref="Serialization.WorkflowStateSerializer"/> turns it into JSON.
/// </summary>
public sealed class WorkflowState
{
    public string InstanceId { get; set; } = "";
    public string DefinitionId { get; set; } = "";
    public string DefinitionVersionId { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public WorkflowStatus Status { get; set; } = WorkflowStatus.Running;
    public string? CorrelationId { get; set; }

    /// <summary>The trigger activity that started the instance, until that activity has run.</summary>
    public string? TriggerActivityId { get; set; }

    /// <summary>Variable values by variable id.</summary>
    public Dictionary<string, object?> Variables { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, object?> Input { get; set; } = new(StringComparer.Ordinal);
    public Dictionary<string, object?> Output { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Outputs recorded per activity id (read in scripts as <c>get&lt;Output&gt;From&lt;Name&gt;()</c>).</summary>
    public Dictionary<string, Dictionary<string, object?>> ActivityOutputs { get; set; } = new(StringComparer.Ordinal);

    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Activities scheduled but not yet run, first in first out.</summary>
    public Queue<WorkItem> Queue { get; set; } = new();

    /// <summary>Flowcharts currently running, by activity id.</summary>
    public HashSet<string> ActiveScopes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Arrivals at nodes with several inbound connections, by activity id.</summary>
    public Dictionary<string, JoinState> Joins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How many times each activity completed (drives the instance viewer).</summary>
    public Dictionary<string, int> Completions { get; set; } = new(StringComparer.Ordinal);

    public List<Incident> Incidents { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public Bookmark? FindBookmark(string bookmarkId) => Bookmarks.Find(b => b.Id == bookmarkId);
}

/// <summary>An activity waiting to run.</summary>
public readonly record struct WorkItem(string ActivityId);

/// <summary>Which inbound connections of a node have delivered, in the current pass.</summary>
public sealed class JoinState
{
    /// <summary>Connection keys (<c>source:port</c>) that arrived with control.</summary>
    public HashSet<string> Live { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Connection keys ruled out (their branch was not taken).</summary>
    public HashSet<string> Dead { get; set; } = new(StringComparer.Ordinal);

    /// <summary>After a WaitAny/Race join fired: the branches whose later arrivals are swallowed.</summary>
    public HashSet<string> Ignore { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>A point where an instance waits: for a timer, an event, a task or a person.</summary>
public sealed class Bookmark
{
    public string Id { get; set; } = "";

    /// <summary>What kind of stimulus resumes it; usually the activity type key.</summary>
    public string Name { get; set; } = "";

    /// <summary>Hash of name + stimulus, for lookup without loading instances.</summary>
    public string Hash { get; set; } = "";

    public JsonNode? Stimulus { get; set; }
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a timer should resume it; null for bookmarks resumed only by a stimulus.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Data the activity needs when resumed.</summary>
    public JsonObject? Payload { get; set; }

    /// <summary>The scheduler's job id for <see cref="DueAt"/>, set by the scheduling layer.</summary>
    public string? JobId { get; set; }
}

/// <summary>An activity failed; the instance is faulted until the incident is retried.</summary>
public sealed class Incident
{
    public string Id { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string ActivityType { get; set; } = "";
    public string Message { get; set; } = "";
    public string? ExceptionType { get; set; }
    public string? StackTrace { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>What retry does: <see cref="IncidentRetryModes"/>.</summary>
    public string RetryMode { get; set; } = IncidentRetryModes.Execute;

    /// <summary>For <see cref="IncidentRetryModes.Resume"/>: the bookmark to resume again.</summary>
    public string? RetryBookmarkId { get; set; }

    public JsonNode? RetryInput { get; set; }
}

/// <summary>What retrying an incident does.</summary>
public static class IncidentRetryModes
{
    /// <summary>Run the failed activity again.</summary>
    public const string Execute = "Execute";

    /// <summary>Resume the failed activity's bookmark again with the same input.</summary>
    public const string Resume = "Resume";

    /// <summary>Go on with the pending work (after a step limit).</summary>
    public const string Continue = "Continue";
}

/// <summary>One line of an instance's journal.</summary>
public sealed record JournalEntry(
    DateTimeOffset At,
    string Event,
    string? ActivityId = null,
    string? ActivityType = null,
    string? Message = null,
    string? Actor = null,
    JsonObject? Data = null);

/// <summary>Journal event names.</summary>
public static class JournalEvents
{
    public const string WorkflowStarted = "WorkflowStarted";
    public const string WorkflowSuspended = "WorkflowSuspended";
    public const string WorkflowFinished = "WorkflowFinished";
    public const string WorkflowFaulted = "WorkflowFaulted";
    public const string WorkflowCancelled = "WorkflowCancelled";
    public const string WorkflowMigrated = "WorkflowMigrated";
    public const string ActivityStarted = "ActivityStarted";
    public const string ActivityCompleted = "ActivityCompleted";
    public const string ActivityFaulted = "ActivityFaulted";
    public const string BookmarkCreated = "BookmarkCreated";
    public const string BookmarkResumed = "BookmarkResumed";
    public const string BookmarkCancelled = "BookmarkCancelled";
    public const string TimerScheduled = "TimerScheduled";
    public const string TimerFired = "TimerFired";
    public const string IncidentRetried = "IncidentRetried";
    public const string Output = "Output";
}

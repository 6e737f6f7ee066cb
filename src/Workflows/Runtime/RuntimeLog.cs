using Microsoft.Extensions.Logging;

namespace Supervision.Workflows.Runtime;

internal static partial class RuntimeLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Instance {InstanceId} changed under {Operation}; retrying (attempt {Attempt})")]
    public static partial void ConcurrencyRetry(ILogger logger, string instanceId, string operation, int attempt);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "The bookmark scheduler failed after instance {InstanceId} committed; the reconciliation pass will repair its jobs")]
    public static partial void SchedulerFailed(ILogger logger, string instanceId, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "The bookmark scheduler failed after definition {DefinitionId} changed its triggers")]
    public static partial void TriggerSchedulerFailed(ILogger logger, string definitionId, Exception exception);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Event {EventName} was not delivered to bookmark {BookmarkId}: {Reason}")]
    public static partial void EventNotDelivered(ILogger logger, string eventName, string bookmarkId, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Event {EventName} did not start {DefinitionId}: {Reason}")]
    public static partial void TriggerNotStarted(ILogger logger, string eventName, string definitionId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Published {DefinitionId} version {Version}")]
    public static partial void Published(ILogger logger, string definitionId, int version);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Unpublished {DefinitionId} version {Version}")]
    public static partial void Unpublished(ILogger logger, string definitionId, int version);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Skipped workflow file {File}: {Problems}")]
    public static partial void ImportSkipped(ILogger logger, string file, string problems);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Imported {File} as {DefinitionId} version {Version}")]
    public static partial void ImportPublished(ILogger logger, string file, string definitionId, int version);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Workflow file {File} is unchanged")]
    public static partial void ImportUnchanged(ILogger logger, string file);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Workflow folder {Folder} does not exist; nothing to import")]
    public static partial void ImportFolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Information, Message = "Imported workflow folder {Folder}: {Published} published, {Unchanged} unchanged, {Skipped} skipped")]
    public static partial void ImportDone(ILogger logger, string folder, int published, int unchanged, int skipped);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "Applying {Count} pending migration(s) to the {Provider} database")]
    public static partial void Migrating(ILogger logger, int count, string provider);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Using the {Provider} database {Database}")]
    public static partial void UsingDatabase(ILogger logger, string provider, string database);
}

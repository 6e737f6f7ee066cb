using Microsoft.Extensions.Logging;

namespace Supervision.Workflows.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Hangfire storage: {Storage}; role {Role}")]
    public static partial void UsingStorage(ILogger logger, string storage, SchedulingRole role);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Scheduling:Role is Web on SQLite: no process runs the jobs of this database (SQLite serves one process; run Both, or use a server database)")]
    public static partial void WebRoleOnSqlite(ILogger logger);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Debug, Message = "Scheduled job {JobId} for bookmark {BookmarkId} at {DueAt:O}")]
    public static partial void Scheduled(ILogger logger, string jobId, string bookmarkId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Debug, Message = "Bookmark {BookmarkId} was consumed before its job {JobId} was stored; the job is deleted")]
    public static partial void BookmarkGoneBeforeJobStored(ILogger logger, string bookmarkId, string jobId);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Debug, Message = "Timer {BookmarkId} is no longer open; nothing to do")]
    public static partial void TimerAlreadyConsumed(ILogger logger, string bookmarkId);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Warning, Message = "Timer {BookmarkId} did not resume: {Reason}; the reconciliation pass retries it once the instance waits again")]
    public static partial void TimerNotResumed(ILogger logger, string bookmarkId, string reason);

    [LoggerMessage(EventId = 4014, Level = LogLevel.Debug, Message = "Timer {BookmarkId} ran before its time {DueAt:O}; rescheduled")]
    public static partial void TimerEarly(ILogger logger, string bookmarkId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Trigger {RecurringJobId} scheduled with cron '{Cron}' (Asia/Ho_Chi_Minh)")]
    public static partial void TriggerScheduled(ILogger logger, string recurringJobId, string cron);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "Trigger {RecurringJobId} unscheduled")]
    public static partial void TriggerUnscheduled(ILogger logger, string recurringJobId);

    [LoggerMessage(EventId = 4022, Level = LogLevel.Warning, Message = "Trigger {DefinitionId}:{ActivityId} cannot run on a schedule: {Reason}")]
    public static partial void TriggerNotSchedulable(ILogger logger, string definitionId, string activityId, string reason);

    [LoggerMessage(EventId = 4023, Level = LogLevel.Warning, Message = "Trigger {DefinitionId}:{ActivityId} fired but is no longer published; its schedule is removed")]
    public static partial void TriggerGone(ILogger logger, string definitionId, string activityId);

    [LoggerMessage(EventId = 4024, Level = LogLevel.Warning, Message = "Trigger {DefinitionId}:{ActivityId} did not start an instance: {Reason}")]
    public static partial void TriggerNotStarted(ILogger logger, string definitionId, string activityId, string reason);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Task {TaskId} has an invalid reminder policy or escalation ladder: {Reason}")]
    public static partial void InvalidReminderPolicy(ILogger logger, string taskId, string reason);

    [LoggerMessage(EventId = 4031, Level = LogLevel.Information, Message = "Task {TaskId}: sent {Count} reminder(s) and escalation(s) due at {At:O}")]
    public static partial void RemindersSent(ILogger logger, string taskId, int count, DateTimeOffset at);

    [LoggerMessage(EventId = 4032, Level = LogLevel.Debug, Message = "Reminder job {JobId} of task {TaskId} is stale (the task's job is {CurrentJobId}); nothing to do")]
    public static partial void StaleReminderJob(ILogger logger, string jobId, string taskId, string? currentJobId);

    [LoggerMessage(EventId = 4033, Level = LogLevel.Warning, Message = "Task {TaskId} has a Timeout escalation but no Timeout outcome; only its notifications are sent")]
    public static partial void TimeoutNotAllowed(ILogger logger, string taskId);

    [LoggerMessage(EventId = 4034, Level = LogLevel.Information, Message = "Task {TaskId} timed out by its escalation ladder")]
    public static partial void TaskTimedOut(ILogger logger, string taskId);

    [LoggerMessage(EventId = 4035, Level = LogLevel.Warning, Message = "Task {TaskId}: nobody holds role {Role} in unit {UnitId} or above it; the escalation goes to the unit")]
    public static partial void NoRoleHolder(ILogger logger, string taskId, string role, string? unitId);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Information, Message = "Reconciliation: {Timers} timer job(s), {Tasks} reminder job(s), {Triggers} trigger schedule(s) repaired; {Outbox} message(s) re-queued")]
    public static partial void Reconciled(ILogger logger, int timers, int tasks, int triggers, int outbox);

    [LoggerMessage(EventId = 4050, Level = LogLevel.Warning, Message = "Outbox message {OutboxId} ({Channel}) failed (attempt {Attempt}): {Reason}")]
    public static partial void SendFailed(ILogger logger, string outboxId, string channel, int attempt, string reason);

    [LoggerMessage(EventId = 4051, Level = LogLevel.Error, Message = "Outbox message {OutboxId} ({Channel}) cannot be sent and is left failed: {Reason}")]
    public static partial void SendAbandoned(ILogger logger, string outboxId, string channel, string reason);

    [LoggerMessage(EventId = 4052, Level = LogLevel.Debug, Message = "Notification {OutboxId} reached {Users} user(s): {InApp} in-app, {Email} e-mail, {Webhook} webhook")]
    public static partial void FannedOut(ILogger logger, string outboxId, int users, int inApp, int email, int webhook);

    [LoggerMessage(EventId = 4053, Level = LogLevel.Warning, Message = "Notification {OutboxId} found no recipient")]
    public static partial void NoRecipient(ILogger logger, string outboxId);

    [LoggerMessage(EventId = 4054, Level = LogLevel.Warning, Message = "Could not queue the dispatch of outbox message {OutboxId}; the reconciliation pass will")]
    public static partial void DispatchNotQueued(ILogger logger, string outboxId, Exception exception);

    [LoggerMessage(EventId = 4060, Level = LogLevel.Warning, Message = "The work calendar could not be read from the database; using the built-in calendar: {Reason}")]
    public static partial void CalendarFallback(ILogger logger, string reason);

    [LoggerMessage(EventId = 4061, Level = LogLevel.Information, Message = "Seeded the work calendar for {Year} with {Count} entries from the holiday catalogue")]
    public static partial void CalendarSeeded(ILogger logger, int year, int count);

    [LoggerMessage(EventId = 4070, Level = LogLevel.Warning, Message = "Could not delete job {JobId} of a consumed bookmark; it will run once and find nothing to do")]
    public static partial void JobCleanupFailed(ILogger logger, string jobId, Exception exception);
}

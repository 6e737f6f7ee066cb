using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using CronActivity = Supervision.Workflows.Activities.Builtin.Cron;
using TimerActivity = Supervision.Workflows.Activities.Builtin.Timer;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Timing;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// Recurring schedules of published <c>Elsa.Cron</c> (and <c>Elsa.Timer</c>) triggers: one Hangfire recurring job per
/// trigger, id <c>definitionId:activityId</c>, in Asia/Ho_Chi_Minh; a new version replaces it, unpublishing removes it.
/// </summary>
public static class TriggerSchedules
{
    public static string RecurringJobId(string definitionId, string activityId) => definitionId + ":" + activityId;

    public static bool IsScheduled(string activityType) => activityType is CronActivity.TypeKey or TimerActivity.TypeKey;

    /// <summary>The cron expression a trigger runs on, or an explanation of why it cannot run on one.</summary>
    public static bool TryGetCron(string activityType, string? stimulus, out string cron, out string? problem)
    {
        cron = "";
        problem = null;
        var json = stimulus is null ? null : JsonNode.Parse(stimulus) as JsonObject;
        if (activityType == CronActivity.TypeKey)
        {
            var expression = json?["cronExpression"]?.GetValue<string>();
            if (!CronSchedule.TryParse(expression, out _, out problem))
                return false;
            cron = expression!.Trim();
            return true;
        }
        if (activityType == TimerActivity.TypeKey)
        {
            var written = json?["interval"];
            var interval = TimeSpan.Zero;
            var parsed = written is JsonValue value && (value.TryGetValue<string>(out var text)
                ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out interval)
                : value.TryGetValue<double>(out var seconds) && TryFromSeconds(seconds, out interval));
            if (!parsed)
            {
                problem = $"the interval '{written}' is not a time span";
                return false;
            }
            if (IntervalCron(interval) is { } fromInterval)
            {
                cron = fromInterval;
                return true;
            }
            problem = $"an interval of {interval} does not divide a minute, an hour or a day; use Elsa.Cron";
            return false;
        }
        problem = $"{activityType} is not a scheduled trigger";
        return false;
    }

    private static bool TryFromSeconds(double seconds, out TimeSpan interval)
    {
        interval = seconds is > 0 and < 1e9 ? TimeSpan.FromSeconds(seconds) : TimeSpan.Zero;
        return interval > TimeSpan.Zero;
    }

    /// <summary>A six-field cron for intervals that divide a minute, an hour or a day evenly (aligned to the clock).</summary>
    public static string? IntervalCron(TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero || interval.Ticks % TimeSpan.TicksPerSecond != 0)
            return null;
        var seconds = (long)interval.TotalSeconds;
        return seconds switch
        {
            < 60 when 60 % seconds == 0 => string.Create(CultureInfo.InvariantCulture, $"*/{seconds} * * * * *"),
            < 3600 when seconds % 60 == 0 && 60 % (seconds / 60) == 0 => string.Create(CultureInfo.InvariantCulture, $"0 */{seconds / 60} * * * *"),
            < 86400 when seconds % 3600 == 0 && 24 % (seconds / 3600) == 0 => string.Create(CultureInfo.InvariantCulture, $"0 0 */{seconds / 3600} * * *"),
            86400 => "0 0 0 * * *",
            _ => null,
        };
    }

    internal static void AddOrUpdate(IRecurringJobManager recurring, string definitionId, string activityId, string cron) =>
        recurring.AddOrUpdate<CronTriggerJob>(RecurringJobId(definitionId, activityId),
            j => j.StartAsync(definitionId, activityId, null, CancellationToken.None),
            cron,
            new RecurringJobOptions { TimeZone = CronSchedule.VietnamZone });
}

/// <summary>Starts a workflow at its scheduled trigger. A retry of the same occurrence starts nothing more.</summary>
public sealed class CronTriggerJob(
    IDbContextFactory<SupervisionDbContext> contexts,
    IWorkflowRuntime runtime,
    IRecurringJobManager recurring,
    ILogger<CronTriggerJob>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<CronTriggerJob>.Instance;

    [JobDisplayName("Start {0} at {1}")]
    public Task StartAsync(string definitionId, string activityId, PerformContext? context, CancellationToken cancellationToken) =>
        StartOccurrenceAsync(definitionId, activityId, context?.BackgroundJob?.Id, cancellationToken);

    /// <summary>Starts the instance of one occurrence; <paramref name="occurrenceId"/> (the job id) makes the start idempotent.</summary>
    public async Task<WorkflowRunResult?> StartOccurrenceAsync(string definitionId, string activityId, string? occurrenceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(definitionId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        bool published;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            published = await db.Triggers.AsNoTracking().AnyAsync(t => t.DefinitionId == definitionId && t.ActivityId == activityId
                && db.Definitions.Any(d => d.Id == t.DefinitionVersionId && d.IsPublished), cancellationToken);
        }
        if (!published)
        {
            SchedulingLog.TriggerGone(_logger, definitionId, activityId);
            recurring.RemoveIfExists(TriggerSchedules.RecurringJobId(definitionId, activityId));
            return null;
        }

        var instanceId = occurrenceId is null ? null : OccurrenceInstanceId(definitionId, activityId, occurrenceId);
        try
        {
            return await runtime.StartAsync(new StartWorkflowRequest
            {
                DefinitionId = definitionId,
                TriggerActivityId = activityId,
                InstanceId = instanceId,
                Actor = SchedulingActors.Scheduler,
            }, cancellationToken);
        }
        catch (WorkflowConflictException) when (instanceId is not null)
        {
            return null; // this occurrence already started its instance
        }
        catch (Execution.WorkflowInputException ex)
        {
            SchedulingLog.TriggerNotStarted(_logger, definitionId, activityId, ex.Message);
            return null;
        }
    }

    /// <summary>The instance id of one occurrence: the same job run twice starts one instance.</summary>
    public static string OccurrenceInstanceId(string definitionId, string activityId, string occurrenceId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"trigger:{definitionId}:{activityId}:{occurrenceId}")))[..32];
}

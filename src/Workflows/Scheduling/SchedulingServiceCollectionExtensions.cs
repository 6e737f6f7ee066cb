using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Supervision.Workflows.Human;
using Supervision.Workflows.Notifications;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Registers Hangfire (storage by <c>Database:Provider</c>: a SQLite file beside the database, or the
    /// <c>hangfire</c> schema of SQL Server or PostgreSQL), a Hangfire server unless the role is <c>web</c>
    /// (<c>Scheduling:Role</c> or <c>--role</c>), the <see cref="IBookmarkScheduler"/> that gives timers and tasks
    /// their jobs, the jobs, the reconciliation schedule, the notification outbox dispatch (settings <c>Email</c>,
    /// <c>Webhooks</c>) and the work calendar from <c>calendar_days</c>. Call it after <c>AddSupervisionPersistence</c>,
    /// so that migrations run before the Hangfire server starts.
    /// </summary>
    public static IServiceCollection AddSupervisionScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = SchedulingOptions.Read(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        // Notifications.
        services.TryAddSingleton(configuration.GetSection("Email").Get<SmtpOptions>() ?? new SmtpOptions());
        services.TryAddSingleton(configuration.GetSection("Webhooks").Get<WebhookOptions>() ?? new WebhookOptions());
        services.TryAddSingleton(new WebhookTargets([.. (configuration.GetSection("Webhooks:Targets").Get<string[]>() ?? []).Select(t => new Uri(t, UriKind.Absolute))]));
        services.TryAddSingleton<NotificationTemplates>();
        services.TryAddSingleton(sp => new EmailSender(sp.GetRequiredService<SmtpOptions>()));
        services.TryAddSingleton(sp => new WebhookSender(sp.GetRequiredService<WebhookOptions>()));
        services.TryAddSingleton<OutboxQueue>();
        services.AddSingleton<IInterceptor>(sp => new OutboxSignal(sp));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBurstProjector, TaskAssignmentNotifier>());

        // Hangfire, with this container's storage and activator rather than the process-wide ones.
        services.TryAddSingleton(sp => HangfireStorageFactory.Create(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, options));
        services.TryAddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseLogProvider(new HangfireLogProvider(sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (options.RunsServer)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.SchedulePollingInterval = options.PollingInterval;
                if (options.WorkerCount is { } workers)
                    server.WorkerCount = workers;
            });
        }

        // Scheduling.
        services.TryAddSingleton<DatabaseWorkCalendarProvider>();
        services.Replace(ServiceDescriptor.Singleton<IWorkCalendarProvider>(sp => sp.GetRequiredService<DatabaseWorkCalendarProvider>()));
        services.TryAddSingleton<InstanceWrites>();
        services.TryAddSingleton<BookmarkJobs>();
        services.TryAddSingleton<JobCleanup>();
        services.TryAddSingleton<TaskReminderPlanner>();
        services.TryAddSingleton<TaskScheduling>();
        services.TryAddSingleton<ITaskScheduling>(sp => sp.GetRequiredService<TaskScheduling>());
        services.TryAddSingleton<TaskDueDateService>();
        services.Replace(ServiceDescriptor.Singleton<IBookmarkScheduler, HangfireBookmarkScheduler>());
        services.TryAddTransient<TimerJob>();
        services.TryAddTransient<TaskReminderJob>();
        services.TryAddTransient<CronTriggerJob>();
        services.TryAddSingleton<ReconciliationCursor>();
        services.TryAddTransient<ReconciliationJob>();
        services.TryAddTransient<OutboxDispatchJob>();
        services.AddHostedService<SchedulingStartup>();
        return services;
    }
}

/// <summary>Puts the reconciliation pass on its schedule (the only thing done at startup) and says where jobs live.</summary>
internal sealed class SchedulingStartup(
    IRecurringJobManager recurring,
    SchedulingOptions options,
    IOptions<DatabaseOptions> database,
    ILogger<SchedulingStartup>? logger = null) : IHostedService
{
    private readonly ILogger _logger = logger ?? NullLogger<SchedulingStartup>.Instance;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        SchedulingLog.UsingStorage(_logger, HangfireStorageFactory.Describe(database.Value, options), options.Role);
        if (options.Role == SchedulingRole.Web && database.Value.Provider == DatabaseProvider.Sqlite)
            SchedulingLog.WebRoleOnSqlite(_logger);
        recurring.AddOrUpdate<ReconciliationJob>(ReconciliationJob.RecurringJobId, j => j.RunAsync(CancellationToken.None), options.ReconciliationCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

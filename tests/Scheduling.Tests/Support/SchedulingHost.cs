using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Supervision.Runtime.Tests.Support;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;

namespace Supervision.Scheduling.Tests.Support;

/// <summary>A scheduled job as Hangfire's monitoring API shows it.</summary>
public sealed record ScheduledJob(string Id, DateTimeOffset EnqueueAt, Job Job)
{
    public string Method => Job.Method.Name;
    public IReadOnlyList<object?> Args => Job.Args;
}

/// <summary>
/// The server's services (persistence + scheduling) on a test database. Without a server (the default), jobs stay in
/// Hangfire's storage: tests read them through the monitoring API and run them directly on the fake clock. With a
/// server, it is a real host whose hosted services run (migrations, the Hangfire server) on the system clock.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Epoch = new(2026, 2, 10, 1, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;
    private readonly bool _started;
    private readonly HashSet<string> _performed = [];

    private SchedulingHost(IHost host, bool started, FakeTimeProvider? clock)
    {
        _host = host;
        _started = started;
        Clock = clock;
    }

    /// <summary>The fake clock, when the host runs on one.</summary>
    public FakeTimeProvider? Clock { get; }

    public IServiceProvider Services => _host.Services;
    public IWorkflowRuntime Runtime => Services.GetRequiredService<IWorkflowRuntime>();
    public WorkflowDefinitionStore Store => Services.GetRequiredService<WorkflowDefinitionStore>();
    public JobStorage Storage => Services.GetRequiredService<JobStorage>();
    public IBackgroundJobClient Jobs => Services.GetRequiredService<IBackgroundJobClient>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public SupervisionDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext();

    /// <summary>A host without a Hangfire server, on a fake clock at <paramref name="now"/> (default <see cref="Epoch"/>).</summary>
    public static SchedulingHost Create(TestDatabase database, IDictionary<string, string?>? settings = null, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null)
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? "");
        var clock = new FakeTimeProvider(now ?? Epoch);
        var host = Build(database, SchedulingRole.Web, settings, clock, configure, out _);
        return new SchedulingHost(host.Host, false, clock).WithLogs(host.Logs);
    }

    /// <summary>A running host with a Hangfire server on the system clock; dispose it to stop it.</summary>
    public static async Task<SchedulingHost> StartAsync(TestDatabase database, IDictionary<string, string?>? settings = null)
    {
        Assert.SkipWhen(database.SkipReason is not null, database.SkipReason ?? "");
        var host = Build(database, SchedulingRole.Both, settings, TimeProvider.System, null, out _);
        await host.Host.StartAsync(TestContext.Current.CancellationToken);
        return new SchedulingHost(host.Host, true, null).WithLogs(host.Logs);
    }

    private CapturingLoggerProvider? _logs;

    private SchedulingHost WithLogs(CapturingLoggerProvider logs)
    {
        _logs = logs;
        return this;
    }

    public IReadOnlyCollection<string> LogLines => [.. _logs?.Lines ?? []];

    private static (IHost Host, CapturingLoggerProvider Logs) Build(TestDatabase database, SchedulingRole role, IDictionary<string, string?>? settings, TimeProvider clock,
        Action<IServiceCollection>? configure, out IConfiguration configuration)
    {
        var values = new Dictionary<string, string?>(database.Configuration())
        {
            ["Scheduling:Role"] = role.ToString(),
            ["Scheduling:PollingInterval"] = "00:00:00.5",
            ["Scheduling:WorkerCount"] = "2",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(values);
        configuration = builder.Configuration;
        var logs = new CapturingLoggerProvider();
        builder.Services.AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(logs));
        builder.Services.AddSingleton(clock);
        if (clock is FakeTimeProvider fake)
            builder.Services.AddSingleton(fake);
        configure?.Invoke(builder.Services);
        builder.Services.AddSupervisionPersistence(builder.Configuration);
        builder.Services.AddSupervisionScheduling(builder.Configuration);
        return (builder.Build(), logs);
    }

    public async Task<StoredDefinition> PublishAsync(DefinitionBuilder builder)
    {
        var definition = WorkflowDefinitionReader.Read(builder.Json()).Definition;
        var draft = await Store.SaveDraftAsync(definition, TestContext.Current.CancellationToken);
        return await Store.PublishAsync(draft.DefinitionId, draft.Version, TestContext.Current.CancellationToken);
    }

    // ---- Hangfire's view --------------------------------------------------------------------------

    /// <summary>Jobs in the Scheduled state, soonest first (Hangfire's monitoring API).</summary>
    /// <summary>Waits for the background deletions of consumed bookmarks' jobs, so job states read settled.</summary>
    private void SettleCleanup() => Get<JobCleanup>().WhenIdleAsync().GetAwaiter().GetResult();

    public IReadOnlyList<ScheduledJob> ScheduledJobs()
    {
        SettleCleanup();
        var monitoring = Storage.GetMonitoringApi();
        return [.. monitoring.ScheduledJobs(0, 10_000)
            .Where(j => j.Value is { InScheduledState: true, Job: not null })
            .Select(j => new ScheduledJob(j.Key, new DateTimeOffset(DateTime.SpecifyKind(j.Value.EnqueueAt, DateTimeKind.Utc)), j.Value.Job))
            .OrderBy(j => j.EnqueueAt)];
    }

    /// <summary>Scheduled jobs whose first argument is <paramref name="id"/>.</summary>
    public IReadOnlyList<ScheduledJob> ScheduledJobsFor(string id) => [.. ScheduledJobs().Where(j => j.Args.Count > 0 && Equals(j.Args[0], id))];

    /// <summary>Every job whose first argument is <paramref name="id"/>, whatever its state: (job id, state).</summary>
    public IReadOnlyList<(string Id, string State)> AllJobsFor(string id)
    {
        SettleCleanup();
        var m = Storage.GetMonitoringApi();
        bool For(Job? job) => job is not null && job.Args.Count > 0 && Equals(job.Args[0], id);
        return
        [
            .. m.ScheduledJobs(0, 10_000).Where(j => For(j.Value?.Job)).Select(j => (j.Key, ScheduledState.StateName)),
            .. m.EnqueuedJobs("default", 0, 10_000).Where(j => For(j.Value?.Job)).Select(j => (j.Key, EnqueuedState.StateName)),
            .. m.ProcessingJobs(0, 10_000).Where(j => For(j.Value?.Job)).Select(j => (j.Key, ProcessingState.StateName)),
            .. m.SucceededJobs(0, 10_000).Where(j => For(j.Value?.Job)).Select(j => (j.Key, SucceededState.StateName)),
            .. m.FailedJobs(0, 10_000).Where(j => For(j.Value?.Job)).Select(j => (j.Key, FailedState.StateName)),
            .. m.DeletedJobs(0, 10_000).Where(j => For(j.Value?.Job)).Select(j => (j.Key, DeletedState.StateName)),
        ];
    }

    public string? StateOf(string jobId)
    {
        SettleCleanup();
        using var connection = Storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    public List<RecurringJobDto> RecurringJobs()
    {
        using var connection = Storage.GetConnection();
        return connection.GetRecurringJobs();
    }

    /// <summary>Jobs waiting in a queue (not yet run by this host).</summary>
    public IReadOnlyList<string> EnqueuedJobIds()
    {
        var monitoring = Storage.GetMonitoringApi();
        return [.. monitoring.EnqueuedJobs("default", 0, 10_000).Select(j => j.Key)
            .Where(id => !_performed.Contains(id) && StateOf(id) == EnqueuedState.StateName)];
    }

    /// <summary>Runs a job now, as a Hangfire worker would (same activator, argument substitution and filters), then marks it succeeded.</summary>
    public async Task PerformAsync(string jobId)
    {
        using var connection = Storage.GetConnection();
        var data = connection.GetJobData(jobId) ?? throw new InvalidOperationException($"No job {jobId}.");
        data.EnsureLoaded();
        var performer = new BackgroundJobPerformer(Get<IJobFilterProvider>(), Get<JobActivator>());
        var context = new PerformContext(Storage, connection, new BackgroundJob(jobId, data.Job, data.CreatedAt), new JobCancellationToken(false));
        try
        {
            await Task.Run(() => performer.Perform(context), TestContext.Current.CancellationToken);
        }
        catch (JobPerformanceException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
        }
        _performed.Add(jobId);
        // As the worker would, unless the job deleted itself (a task it timed out, for instance).
        if (StateOf(jobId) is "Scheduled" or "Enqueued")
            Jobs.ChangeState(jobId, new SucceededState(null, 0, 0), null);
    }

    /// <summary>Runs the scheduled jobs due by the fake clock and every enqueued job, until none is left; returns how many ran.</summary>
    public async Task<int> RunDueJobsAsync()
    {
        var ran = 0;
        for (var round = 0; round < 100; round++)
        {
            var now = Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            var due = ScheduledJobs().Where(j => j.EnqueueAt <= now).Select(j => j.Id).Concat(EnqueuedJobIds()).Distinct().ToList();
            if (due.Count == 0)
                return ran;
            foreach (var id in due)
            {
                await PerformAsync(id);
                ran++;
            }
        }
        throw new InvalidOperationException("Jobs keep scheduling jobs due now.");
    }

    /// <summary>Moves the fake clock to <paramref name="at"/> and runs what is due.</summary>
    public async Task<int> AdvanceToAsync(DateTimeOffset at)
    {
        var clock = Clock ?? throw new InvalidOperationException("This host runs on the system clock.");
        if (at > clock.GetUtcNow())
            clock.SetUtcNow(at);
        return await RunDueJobsAsync();
    }

    public async Task<JsonObject?> BookmarkPayloadAsync(string bookmarkId)
    {
        await using var db = CreateDbContext();
        var payload = await db.Bookmarks.AsNoTracking().Where(b => b.Id == bookmarkId).Select(b => b.Payload).FirstOrDefaultAsync();
        return payload is null ? null : JsonNode.Parse(payload) as JsonObject;
    }

    public async Task<string?> BookmarkJobIdAsync(string bookmarkId)
    {
        await using var db = CreateDbContext();
        return await db.Bookmarks.AsNoTracking().Where(b => b.Id == bookmarkId).Select(b => b.JobId).FirstOrDefaultAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
            await _host.StopAsync(CancellationToken.None);
        if (_host is IAsyncDisposable disposable)
            await disposable.DisposeAsync();
        else
            _host.Dispose();
    }
}

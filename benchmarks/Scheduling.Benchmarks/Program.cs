using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;

// Scheduling benchmark on SQLite, in one process, through the real runtime, scheduler and Hangfire storage.
//
//   dotnet run -c Release --project benchmarks/Scheduling.Benchmarks -- [tasks|timers|all] [--tasks 100000] [--timers 10000]
//                                                                     [--concurrency 4] [--workers 10] [--lead 180] [--reconcile-cron "*/5 * * * *"]
//
// tasks:  opens N human tasks (WorkingDays:3..42 deadlines, default reminder policy and ladder); reports the time to
//         create them with their jobs and how many Hangfire jobs that holds (target: at most one per open task).
// timers: opens N Elsa.StartAt timers due within the same minute with no Hangfire server running, then starts one
//         and measures how late each fires and resumes its instance (target: all within 60 s, none twice).

var arguments = Arguments.Parse(args);
Console.WriteLine($"scheduling benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, concurrency {arguments.Concurrency}, workers {arguments.Workers}");
if (arguments.Target == "probe")
    await Bench.ProbeAsync(arguments);
if (arguments.Target is "tasks" or "all")
    await Bench.TasksAsync(arguments);
if (arguments.Target is "timers" or "all")
    await Bench.TimersAsync(arguments);

internal sealed record Arguments(string Target, int Tasks, int Timers, int Concurrency, int Workers, int LeadSeconds, string ReconcileCron)
{
    public static Arguments Parse(string[] args)
    {
        var (target, tasks, timers, concurrency, workers, lead, reconcile) = ("all", 100_000, 10_000, 4, 10, 180, "*/5 * * * *");
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tasks": tasks = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--timers": timers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--workers": workers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--lead": lead = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--reconcile-cron": reconcile = args[++i]; break;
                default: target = args[i]; break;
            }
        }
        return new Arguments(target, tasks, timers, concurrency, workers, lead, reconcile);
    }
}

internal static class Bench
{
    private const string TaskFlow = """
        {"id":"bench-task-v1","definitionId":"bench-task","name":"bench-task","version":1,"isLatest":true,"isPublished":true,
         "variables":[],"inputs":[{"name":"days","type":"Int32","displayName":"days"}],"outputs":[],"outcomes":[],"customProperties":{},
         "root":{"type":"Elsa.Flowchart","version":1,"id":"f","nodeId":"f","name":"f","customProperties":{},"metadata":{},
          "activities":[
           {"id":"start","nodeId":"f:start","name":"start","type":"Elsa.Start","version":1,"customProperties":{},"metadata":{}},
           {"id":"task","nodeId":"f:task","name":"task","type":"Supervision.UserTask","version":1,"customProperties":{},"metadata":{},
            "title":{"typeName":"String","expression":{"type":"Literal","value":"Báo cáo định kỳ"}},
            "assignee":{"typeName":"Object","expression":{"type":"Object","value":"{\"role\":\"Specialist\",\"unitId\":\"btgdv-kg\"}"}},
            "deadline":{"typeName":"String","expression":{"type":"JavaScript","value":"return 'WorkingDays:' + getInput('days');"}}}],
          "connections":[{"source":{"activity":"start","port":"Done"},"target":{"activity":"task","port":"In"}}]}}
        """;

    private const string TimerFlow = """
        {"id":"bench-timer-v1","definitionId":"bench-timer","name":"bench-timer","version":1,"isLatest":true,"isPublished":true,
         "variables":[],"inputs":[{"name":"at","type":"DateTimeOffset","displayName":"at"}],"outputs":[],"outcomes":[],"customProperties":{},
         "root":{"type":"Elsa.Flowchart","version":1,"id":"f","nodeId":"f","name":"f","customProperties":{},"metadata":{},
          "activities":[
           {"id":"start","nodeId":"f:start","name":"start","type":"Elsa.Start","version":1,"customProperties":{},"metadata":{}},
           {"id":"wait","nodeId":"f:wait","name":"wait","type":"Elsa.StartAt","version":1,"customProperties":{},"metadata":{},
            "dateTime":{"typeName":"DateTimeOffset","expression":{"type":"JavaScript","value":"return getInput('at');"}}},
           {"id":"done","nodeId":"f:done","name":"done","type":"Elsa.WriteLine","version":1,"customProperties":{},"metadata":{},
            "text":{"typeName":"String","expression":{"type":"Literal","value":"fired"}}}],
          "connections":[{"source":{"activity":"start","port":"Done"},"target":{"activity":"wait","port":"In"}},
                         {"source":{"activity":"wait","port":"Done"},"target":{"activity":"done","port":"In"}}]}}
        """;

    /// <summary>Where the time of one task goes: a Hangfire schedule alone, a job-id write alone.</summary>
    public static async Task ProbeAsync(Arguments arguments)
    {
        var folder = NewFolder();
        await using var host = await StartHostAsync(folder, SchedulingRole.Web, arguments);
        var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 500; i++)
            jobs.Schedule<TimerJob>(j => j.FireAsync("x" + i, null, CancellationToken.None), DateTimeOffset.UtcNow.AddDays(1));
        Console.WriteLine($"Hangfire SQLite: 500 delayed jobs created in {watch.Elapsed.TotalMilliseconds:N0} ms ({watch.Elapsed.TotalMilliseconds / 500:N2} ms each)");
        var runtime = host.Services.GetRequiredService<IWorkflowRuntime>();
        watch.Restart();
        for (var i = 0; i < 500; i++)
            await runtime.SetBookmarkJobIdAsync("none" + i, "1");
        Console.WriteLine($"job-id writes: {watch.Elapsed.TotalMilliseconds / 500:N2} ms each");
        TryDelete(folder);
    }

    public static async Task TasksAsync(Arguments arguments)
    {
        var folder = NewFolder();
        Console.WriteLine($"\n== {arguments.Tasks:N0} open tasks with deadlines and reminder policies (SQLite, {folder})");
        await using (var host = await StartHostAsync(folder, SchedulingRole.Web, arguments))
        {
            var runtime = host.Services.GetRequiredService<IWorkflowRuntime>();
            await PublishAsync(host, TaskFlow);
            var started = Stopwatch.StartNew();
            var latencies = new ConcurrentBag<double>();
            await Parallel.ForAsync(0, arguments.Tasks, new ParallelOptions { MaxDegreeOfParallelism = arguments.Concurrency }, async (i, ct) =>
            {
                var one = Stopwatch.GetTimestamp();
                await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "bench-task", Input = new Dictionary<string, object?> { ["days"] = 3 + (i % 40) } }, ct);
                latencies.Add(Stopwatch.GetElapsedTime(one).TotalMilliseconds);
                if ((i + 1) % 10_000 == 0)
                    Console.WriteLine($"   {i + 1,9:N0} tasks after {started.Elapsed.TotalSeconds,7:N1} s");
            });
            started.Stop();
            var sorted = latencies.Order().ToArray();
            Console.WriteLine($"created {arguments.Tasks:N0} tasks with their reminder jobs in {started.Elapsed.TotalSeconds:N1} s = {arguments.Tasks / started.Elapsed.TotalSeconds:N0} tasks/s; p50 {sorted[sorted.Length / 2]:N2} ms, p95 {sorted[(int)(sorted.Length * 0.95)]:N2} ms");

            var stats = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();
            await using var db = host.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext();
            var open = await db.Tasks.CountAsync(t => t.Status == TaskStatuses.Open);
            var withJob = await db.Bookmarks.CountAsync(b => b.Name == "Supervision.HumanTask" && b.JobId != null);
            var distinctJobs = await db.Bookmarks.Where(b => b.JobId != null).Select(b => b.JobId).Distinct().CountAsync();
            Console.WriteLine($"open tasks {open:N0}; tasks holding a reminder job {withJob:N0} ({distinctJobs:N0} distinct job ids); Hangfire holds {stats.Scheduled:N0} scheduled, {stats.Enqueued:N0} enqueued, {stats.Processing:N0} processing jobs");
            Console.WriteLine($"pending jobs per open task: {(double)(stats.Scheduled + stats.Enqueued + stats.Processing) / Math.Max(1, open):N3} (target ≤ 1 reminder job + 0 deadline jobs: the reminder chain carries the due-day and overdue steps)");
            Console.WriteLine($"files: supervision.db {Size(Path.Combine(folder, "supervision.db")):N1} MiB, hangfire.db {Size(Path.Combine(folder, "hangfire.db")):N1} MiB");
        }
        TryDelete(folder);
    }

    public static async Task TimersAsync(Arguments arguments)
    {
        var folder = NewFolder();
        var n = arguments.Timers;
        Console.WriteLine($"\n== {n:N0} timers due within one minute (SQLite, {folder})");
        var due = new ConcurrentDictionary<string, DateTimeOffset>();
        var jobOf = new Dictionary<string, string?>();
        DateTimeOffset firstDue;
        await using (var host = await StartHostAsync(folder, SchedulingRole.Web, arguments))
        {
            var runtime = host.Services.GetRequiredService<IWorkflowRuntime>();
            await PublishAsync(host, TimerFlow);
            // Due from --lead seconds ahead (default 180), spread over one minute: room to create them all first.
            firstDue = DateTimeOffset.UtcNow.AddSeconds(arguments.LeadSeconds);
            firstDue = new DateTimeOffset(firstDue.Ticks - firstDue.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            var created = Stopwatch.StartNew();
            await Parallel.ForAsync(0, n, new ParallelOptions { MaxDegreeOfParallelism = arguments.Concurrency }, async (i, ct) =>
            {
                var at = firstDue.AddMilliseconds(60_000.0 * i / n);
                var run = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = "bench-timer", Input = new Dictionary<string, object?> { ["at"] = at } }, ct);
                due[run.InstanceId] = run.CreatedBookmarks.Single().DueAt!.Value;
            });
            Console.WriteLine($"created {n:N0} timers (each with its delayed job) in {created.Elapsed.TotalSeconds:N1} s; first due {firstDue:HH:mm:ss}Z, last due {firstDue.AddMinutes(1):HH:mm:ss}Z");
            if (DateTimeOffset.UtcNow > firstDue)
                Console.WriteLine("WARNING: creation ran past the first due time; latencies include that backlog");
            await using var db = host.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContext();
            foreach (var b in await db.Bookmarks.AsNoTracking().Select(b => new { b.InstanceId, b.JobId }).ToListAsync())
                jobOf[b.InstanceId] = b.JobId;
        }

        // A server starts, as after a restart, and works through the minute.
        await using (var host = await StartHostAsync(folder, SchedulingRole.Both, arguments))
        {
            var contexts = host.Services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
            var waitUntil = firstDue.AddMinutes(1).AddSeconds(120);
            var finished = 0;
            while (DateTimeOffset.UtcNow < waitUntil)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                await using var db = await contexts.CreateDbContextAsync();
                finished = await db.Instances.CountAsync(i => i.Status == WorkflowStatus.Finished);
                if (finished == n)
                    break;
            }
            var lastFinished = DateTimeOffset.UtcNow;
            await using (var db = await contexts.CreateDbContextAsync())
            {
                var fired = await db.Journal.AsNoTracking().Where(j => j.Event == JournalEvents.TimerFired).Select(j => new { j.InstanceId, j.At }).ToListAsync();
                var perInstance = fired.GroupBy(f => f.InstanceId).ToList();
                var byInstance = perInstance.Select(g => (Id: g.Key, Late: (g.Min(f => f.At) - due[g.Key]).TotalSeconds)).OrderBy(x => x.Late).ToList();
                var lateness = byInstance.Select(x => x.Late).ToArray();
                if (byInstance.Count > 0)
                {
                    Console.WriteLine($"earliest {byInstance[0].Late * 1000:N1} ms; latest {byInstance[^1].Late:N1} s");
                    var monitoring = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
                    foreach (var (id, late) in byInstance.TakeLast(3))
                    {
                        var details = jobOf.GetValueOrDefault(id) is { } jobId ? monitoring.JobDetails(jobId) : null;
                        var history = details is null ? "(no job)" : string.Join(" <- ", details.History.Select(h => $"{h.StateName}@{h.CreatedAt:HH:mm:ss.fff}{(h.Reason is null ? "" : " (" + h.Reason + ")")}"));
                        Console.WriteLine($"   late {late:N1} s, due {due[id]:HH:mm:ss.fff}: {history}");
                    }
                }
                var twice = perInstance.Count(g => g.Count() > 1);
                var early = lateness.Count(l => l < -0.001); // stored times keep microseconds: truncation is not earliness
                Console.WriteLine($"finished {finished:N0} of {n:N0}; fired twice: {twice}; fired early: {early}");
                if (lateness.Length > 0)
                {
                    Console.WriteLine($"lateness after due time: p50 {lateness[lateness.Length / 2]:N1} s, p95 {lateness[(int)(lateness.Length * 0.95)]:N1} s, max {lateness[^1]:N1} s; within 60 s: {lateness.Count(l => l <= 60):N0}");
                    Console.WriteLine($"all {n:N0} resumed {(lastFinished - firstDue.AddMinutes(1)).TotalSeconds:N1} s after the last due time ({n / Math.Max(1, (lastFinished - firstDue).TotalSeconds):N0} timers/s over the run)");
                }
            }
            var stats = host.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics();
            Console.WriteLine($"Hangfire: {stats.Succeeded:N0} succeeded, {stats.Failed:N0} failed, {stats.Deleted:N0} deleted, {stats.Scheduled:N0} still scheduled");
        }
        TryDelete(folder);
    }

    private static async Task<AsyncHost> StartHostAsync(string folder, SchedulingRole role, Arguments arguments)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Supervision"] = $"Data Source={Path.Combine(folder, "supervision.db")}",
            ["Workflows:Import"] = "false",
            ["Scheduling:Role"] = role.ToString(),
            ["Scheduling:WorkerCount"] = arguments.Workers.ToString(CultureInfo.InvariantCulture),
            ["Scheduling:ReconciliationCron"] = arguments.ReconcileCron,
            // Measured apart: assignment notices add an outbox row and a dispatch job per task.
            ["Scheduling:NotifyAssignees"] = "false",
        });
        builder.Services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSupervisionPersistence(builder.Configuration);
        builder.Services.AddSupervisionScheduling(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new AsyncHost(host);
    }

    private static async Task PublishAsync(AsyncHost host, string json)
    {
        var store = host.Services.GetRequiredService<WorkflowDefinitionStore>();
        await store.ImportAsync(WorkflowDefinitionReader.Read(json).Definition);
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "supervision-bench", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static double Size(string file) => File.Exists(file) ? new FileInfo(file).Length / 1048576.0 + (File.Exists(file + "-wal") ? new FileInfo(file + "-wal").Length / 1048576.0 : 0) : 0;

    private static void TryDelete(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
        }
    }

    private sealed class AsyncHost(IHost host) : IAsyncDisposable
    {
        public IServiceProvider Services => host.Services;

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}

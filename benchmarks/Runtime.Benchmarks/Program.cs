using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

// Starts N instances of a workflow that runs 5 activities and stops on a bookmark, then resumes each to
// completion, through the real runtime on a real database, in one process.
//
//   dotnet run -c Release --project benchmarks/Runtime.Benchmarks -- [sqlite|postgres|all] [--n 10000] [--concurrency 4]
//                                                                   [--sqlite-synchronous Full|Normal]
//
// PostgreSQL: the cluster named by SUPERVISION_TEST_POSTGRES (scripts/postgres.sh start); a fresh database
// is created and dropped.

var arguments = Arguments.Parse(args);
var providers = arguments.Target switch
{
    "sqlite" => new[] { DatabaseProvider.Sqlite },
    "postgres" => [DatabaseProvider.PostgreSql],
    _ => [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql],
};
Console.WriteLine($"runtime benchmark: N = {arguments.N:N0}, concurrency = {arguments.Concurrency}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
await Bench.EngineOnlyAsync(arguments.N);
foreach (var provider in providers)
    await Bench.RunAsync(provider, arguments);

internal sealed record Arguments(string Target, int N, int Concurrency, string SqliteSynchronous)
{
    public static Arguments Parse(string[] args)
    {
        var target = "all";
        var n = 10_000;
        var concurrency = 4;
        var synchronous = "Full";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--n": n = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--sqlite-synchronous": synchronous = args[++i]; break;
                default: target = args[i]; break;
            }
        }
        return new Arguments(target, n, concurrency, synchronous);
    }
}

internal static class Bench
{
    private const int Warmup = 1_000;

    public static async Task RunAsync(DatabaseProvider provider, Arguments arguments)
    {
        string connectionString;
        string? sqliteFile = null;
        string? postgresServer = null;
        string? postgresDatabase = null;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "supervision-bench-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            sqliteFile = Path.Combine(folder, "supervision.db");
            connectionString = $"Data Source={sqliteFile}";
        }
        else
        {
            postgresServer = Environment.GetEnvironmentVariable("SUPERVISION_TEST_POSTGRES");
            if (string.IsNullOrWhiteSpace(postgresServer))
            {
                Console.WriteLine("postgres: skipped, SUPERVISION_TEST_POSTGRES is not set (eval \"$(scripts/postgres.sh start)\")");
                return;
            }
            postgresDatabase = "supervision_bench_" + Guid.NewGuid().ToString("N")[..8];
            await using (var admin = new NpgsqlConnection(postgresServer))
            {
                await admin.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE \"{postgresDatabase}\"", admin).ExecuteNonQueryAsync();
            }
            connectionString = new NpgsqlConnectionStringBuilder(postgresServer) { Database = postgresDatabase, MaxPoolSize = 100 }.ToString();
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:SqliteSynchronous"] = arguments.SqliteSynchronous,
            ["ConnectionStrings:Supervision"] = connectionString,
            ["Workflows:Import"] = "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSupervisionPersistence(configuration);
        await using var sp = services.BuildServiceProvider();
        var initializer = sp.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeDatabaseAsync(CancellationToken.None);
        var store = sp.GetRequiredService<WorkflowDefinitionStore>();
        var runtime = sp.GetRequiredService<IWorkflowRuntime>();
        await store.ImportAsync(WorkflowDefinitionReader.Read(Workflow.Json).Definition);
        var emptySize = await SizeAsync(sp, provider, sqliteFile);

        // Warm up the JIT (tiered compilation needs a few hundred calls), the pools and the compiled-workflow
        // cache outside the measurement.
        for (var i = 0; i < Warmup; i++)
        {
            var warm = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = Workflow.Id });
            await runtime.ResumeAsync(warm.CreatedBookmarks[0].Id, JsonValue.Create(i));
        }
        var baseSize = await SizeAsync(sp, provider, sqliteFile);

        var bookmarks = new string[arguments.N];
        var startLatencies = new double[arguments.N];
        var startWatch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, arguments.N, new ParallelOptions { MaxDegreeOfParallelism = arguments.Concurrency }, async (i, ct) =>
        {
            var t = Stopwatch.GetTimestamp();
            var result = await runtime.StartAsync(new StartWorkflowRequest { DefinitionId = Workflow.Id, CorrelationId = "c-" + i }, ct);
            startLatencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            if (result.Status != WorkflowStatus.Suspended)
                throw new InvalidOperationException($"Instance {result.InstanceId} is {result.Status}, expected Suspended.");
            bookmarks[i] = result.CreatedBookmarks[0].Id;
        });
        startWatch.Stop();

        var resumeLatencies = new double[arguments.N];
        var resumeWatch = Stopwatch.StartNew();
        await Parallel.ForAsync(0, arguments.N, new ParallelOptions { MaxDegreeOfParallelism = arguments.Concurrency }, async (i, ct) =>
        {
            var t = Stopwatch.GetTimestamp();
            var result = await runtime.ResumeAsync(bookmarks[i], JsonValue.Create(i), "bench", ct);
            resumeLatencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            if (result.Status != WorkflowStatus.Finished)
                throw new InvalidOperationException($"Instance {result.InstanceId} is {result.Status}, expected Finished.");
        });
        resumeWatch.Stop();

        var finished = await runtime.QueryInstancesAsync(new InstanceQuery { DefinitionId = Workflow.Id, Status = WorkflowStatus.Finished, PageSize = 1 });
        var size = await SizeAsync(sp, provider, sqliteFile);
        var journalRows = await CountJournalAsync(sp);
        var perTenThousand = (size - baseSize) * 10_000.0 / arguments.N;

        var label = provider == DatabaseProvider.Sqlite ? $"sqlite (synchronous={arguments.SqliteSynchronous}, WAL)" : "postgresql 15";
        Console.WriteLine();
        Console.WriteLine($"## {label}");
        Console.WriteLine($"finished instances: {finished.TotalCount - Warmup:N0} of {arguments.N:N0}; journal rows: {journalRows:N0}");
        Console.WriteLine($"starts : {arguments.N / startWatch.Elapsed.TotalSeconds,8:N0}/s  p50 {Percentile(startLatencies, 50),6:N2} ms  p95 {Percentile(startLatencies, 95),6:N2} ms  p99 {Percentile(startLatencies, 99),6:N2} ms  ({startWatch.Elapsed.TotalSeconds:N1} s)");
        Console.WriteLine($"resumes: {arguments.N / resumeWatch.Elapsed.TotalSeconds,8:N0}/s  p50 {Percentile(resumeLatencies, 50),6:N2} ms  p95 {Percentile(resumeLatencies, 95),6:N2} ms  p99 {Percentile(resumeLatencies, 99),6:N2} ms  ({resumeWatch.Elapsed.TotalSeconds:N1} s)");
        Console.WriteLine($"database: {size / 1048576.0:N1} MiB in all (empty schema {emptySize / 1048576.0:N1} MiB); {perTenThousand / 1048576.0:N1} MiB per 10,000 finished instances");

        await sp.DisposeAsync();
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            initializer.Dispose();
            Directory.Delete(Path.GetDirectoryName(sqliteFile)!, recursive: true);
        }
        if (postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(postgresServer);
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
        }
    }

    /// <summary>The same bursts without a database, to tell the engine's share from the persistence's.</summary>
    public static async Task EngineOnlyAsync(int n)
    {
        var executor = new WorkflowExecutor(TimeProvider.System);
        var workflow = new WorkflowCompiler(Supervision.Workflows.Activities.ActivityRegistry.CreateDefault()).Compile(WorkflowDefinitionReader.Read(Workflow.Json).Definition);
        for (var i = 0; i < 200; i++)
            await executor.StartAsync(workflow);
        var watch = Stopwatch.StartNew();
        var states = new WorkflowState[n];
        for (var i = 0; i < n; i++)
            states[i] = (await executor.StartAsync(workflow)).State;
        var startSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        for (var i = 0; i < n; i++)
        {
            var json = Supervision.Workflows.Serialization.WorkflowStateSerializer.Serialize(states[i]);
            states[i] = Supervision.Workflows.Serialization.WorkflowStateSerializer.Deserialize(json);
        }
        var snapshotSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        for (var i = 0; i < n; i++)
            await executor.ResumeAsync(workflow, states[i], states[i].Bookmarks[0].Id, JsonValue.Create(i));
        var resumeSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"engine alone (no database, one thread): {n / startSeconds:N0} starts/s, {n / resumeSeconds:N0} resumes/s, {n / snapshotSeconds:N0} snapshot round trips/s");
    }

    private static double Percentile(double[] values, int percentile)
    {
        var sorted = values.Order().ToArray();
        var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    private static async Task<long> CountJournalAsync(IServiceProvider sp)
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        return await db.Journal.LongCountAsync();
    }

    private static async Task<long> SizeAsync(IServiceProvider sp, DatabaseProvider provider, string? sqliteFile)
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<SupervisionDbContext>>().CreateDbContextAsync();
        if (provider == DatabaseProvider.Sqlite)
        {
            // Fold the WAL into the file so that the file size is the data size.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
            return new FileInfo(sqliteFile!).Length;
        }
        await db.Database.ExecuteSqlRawAsync("CHECKPOINT;");
        return await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
    }
}

internal static class Workflow
{
    public const string Id = "bench";

    /// <summary>Start → set a variable → compute one in JavaScript → decide → write a line → wait for an event → write a line.</summary>
    public static string Json => """
    {
      "id": "bench-v1", "definitionId": "bench", "name": "Benchmark", "version": 1,
      "variables": [ { "id": "count", "name": "count", "typeName": "Int32", "value": "0" } ],
      "root": {
        "type": "Elsa.Flowchart", "id": "Flowchart1", "nodeId": "Flowchart1",
        "activities": [
          { "id": "start", "type": "Elsa.Start", "version": 1 },
          { "id": "set", "type": "Elsa.SetVariable", "version": 1, "variable": { "id": "count", "name": "count" },
            "value": { "typeName": "Object", "expression": { "type": "Literal", "value": "41" } } },
          { "id": "inc", "type": "Elsa.SetVariable", "version": 1, "variable": { "id": "count", "name": "count" },
            "value": { "typeName": "Object", "expression": { "type": "JavaScript", "value": "getCount() + 1" } } },
          { "id": "check", "type": "Elsa.FlowDecision", "version": 1,
            "condition": { "typeName": "Boolean", "expression": { "type": "JavaScript", "value": "return getCount() === 42;" } } },
          { "id": "say", "type": "Elsa.WriteLine", "version": 1,
            "text": { "typeName": "String", "expression": { "type": "Literal", "value": "waiting for approval" } } },
          { "id": "wait", "type": "Elsa.Event", "version": 1,
            "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "approved" } } },
          { "id": "done", "type": "Elsa.WriteLine", "version": 1,
            "text": { "typeName": "String", "expression": { "type": "Literal", "value": "approved" } } }
        ],
        "connections": [
          { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "set", "port": "In" } },
          { "source": { "activity": "set", "port": "Done" }, "target": { "activity": "inc", "port": "In" } },
          { "source": { "activity": "inc", "port": "Done" }, "target": { "activity": "check", "port": "In" } },
          { "source": { "activity": "check", "port": "True" }, "target": { "activity": "say", "port": "In" } },
          { "source": { "activity": "say", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
          { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "done", "port": "In" } }
        ]
      }
    }
    """;
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;
using Supervision.Workflows.Scheduling;

// HTTP load against the real server in a second process on loopback: N open tasks (one per instance) spread
// over 50 units, then 50 concurrent officers each reading their inbox and completing a task, for a while.
//
//   dotnet run -c Release --project benchmarks/Api.Benchmarks -- [--tasks 100000] [--clients 50] [--seconds 60] [--warmup 15] [--seed-cache DIR] [--inbox-only]
//       [--postgres "Host=...;Username=..."] [--think-ms 0]
//
// The clients run --warmup seconds before the --seconds that are measured: the server compiles its hot paths
// (tiered JIT) and fills its caches in the first seconds, which is start-up, not steady state.
// --inbox-only: the clients only read their inbox (to tell the two requests' costs apart).
// --think-ms: each client pauses this long on average (half to one and a half times it) after each inbox read and
// each completion, as a person would; 0 (the default) is clients that never pause. It tells the load at which the
// latency targets hold.
// --seed-cache keeps a copy of the seeded database and Hangfire file in DIR and starts from a copy of them when they
// exist (seeding 100,000 instances takes minutes; every run still starts from the same untouched data).
// --postgres runs on PostgreSQL instead of SQLite (the application's tables and Hangfire's schema in one database, as
// in production): the seeded database is kept as a template (supervision_bench_seed_<tasks>) and each run works on
// a copy of it, dropped afterwards. Commits are asynchronous (synchronous_commit=off), as SQLite's NORMAL is.
//
// Seeding starts each instance through the runtime with scheduling in place, as the server does, so every open task
// has its pending reminder job in Hangfire's file and completing one deletes it, as in production.

var tasks = Option("--tasks", 100_000);
var clients = Option("--clients", 50);
var seconds = Option("--seconds", 60);
var warmup = Option("--warmup", 15);
var folder = Path.Combine(Path.GetTempPath(), "supervision-api-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(folder);
var database = Path.Combine(folder, "supervision.db");
Console.WriteLine($"API benchmark: {tasks:N0} open tasks, {clients} clients, {seconds} s, {Environment.ProcessorCount} cores; database {(args.Contains("--postgres") ? "PostgreSQL" : database)}");

var postgres = OptionText("--postgres");
Dictionary<string, string?> settings;
if (postgres is not null)
{
    settings = await PostgresDatabaseAsync(postgres, tasks, clients);
}
else
{
    settings = new() { ["ConnectionStrings:Supervision"] = $"Data Source={database}", ["Database:SqliteSynchronous"] = "Normal" };
    var cache = OptionText("--seed-cache");
    string[] files = ["supervision.db", "hangfire.db"];
    if (cache is not null && files.All(f => File.Exists(Path.Combine(cache, f))))
    {
        foreach (var file in files)
            File.Copy(Path.Combine(cache, file), Path.Combine(folder, file));
        Console.WriteLine($"seeded from {cache}");
    }
    else
    {
        await SeedAsync(settings, tasks, clients);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // closes the files, folding the write-ahead logs into them
        if (cache is not null)
        {
            Directory.CreateDirectory(cache);
            foreach (var file in files)
                File.Copy(Path.Combine(folder, file), Path.Combine(cache, file), overwrite: true);
        }
    }
}
var port = FreePort();
using var server = StartServer(settings, folder, port);
try
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    await WaitForServerAsync(http);
    Console.WriteLine($"server process {server.Id} on port {port}");
    if (Option("--pause", 0) is > 0 and var pause)
        await Task.Delay(TimeSpan.FromSeconds(pause)); // time to attach a profiler to the server process
    await LoadAsync(http.BaseAddress!, server, clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds), args.Contains("--inbox-only"),
        TimeSpan.FromMilliseconds(Option("--think-ms", 0)));
    if (postgres is null)
        Console.WriteLine($"database size: {new FileInfo(database).Length / 1024.0 / 1024.0:N1} MiB");
}
finally
{
    server.Kill(entireProcessTree: true);
    await server.WaitForExitAsync();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    if (postgres is not null)
        await DropDatabaseAsync(postgres, new Npgsql.NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Supervision"]).Database!);
}

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

// A copy of the seeded template database for this run (seeding the template first when there is none).
static async Task<Dictionary<string, string?>> PostgresDatabaseAsync(string server, int tasks, int units)
{
    var template = $"supervision_bench_seed_{tasks}";
    var run = "supervision_bench_" + Guid.NewGuid().ToString("N")[..8];
    Dictionary<string, string?> On(string name) => new()
    {
        ["Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Supervision"] = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name, Options = "-c synchronous_commit=off", MaxPoolSize = 100 }.ConnectionString,
    };
    await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await admin.OpenAsync();
    async Task<object?> Scalar(string sql)
    {
        await using var command = new Npgsql.NpgsqlCommand(sql, admin);
        return await command.ExecuteScalarAsync();
    }
    if (await Scalar($"SELECT 1 FROM pg_database WHERE datname = '{template}'") is null)
    {
        await Scalar($"CREATE DATABASE {template}");
        await SeedAsync(On(template), tasks, units);
        Npgsql.NpgsqlConnection.ClearAllPools();
    }
    else
    {
        Console.WriteLine($"seeded from database {template}");
    }
    await Scalar($"CREATE DATABASE {run} TEMPLATE {template}");
    return On(run);
}

static async Task DropDatabaseAsync(string server, string name)
{
    Npgsql.NpgsqlConnection.ClearAllPools();
    await using var admin = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
    await admin.OpenAsync();
    await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
    await command.ExecuteNonQueryAsync();
}

static async Task SeedAsync(Dictionary<string, string?> database, int tasks, int units)
{
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(database)
    {
        ["Workflows:Import"] = "false",
        ["Scheduling:Role"] = "web", // places jobs, runs none
    }).Build();
    var collection = new ServiceCollection().AddLogging().AddSupervisionPersistence(configuration);
    collection.AddSupervisionScheduling(configuration);
    // Assignment notices of the seeded tasks are not part of the load (in production they went out long ago).
    foreach (var notifier in collection.Where(d => d.ImplementationType?.Name == "TaskAssignmentNotifier").ToList())
        collection.Remove(notifier);
    var services = collection.BuildServiceProvider();
    await using (services)
    {
        var initializer = services.GetRequiredService<DatabaseInitializer>();
        await initializer.StartAsync(CancellationToken.None);
        var contexts = services.GetRequiredService<IDbContextFactory<SupervisionDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var hasher = new PasswordHasher<UserRecord>();
            var hash = hasher.HashPassword(new UserRecord(), "bench");
            db.OrgUnits.Add(new OrgUnitRecord { Id = "ROOT", Code = "ROOT", NameVi = "Tỉnh ủy", Kind = "PartyCommittee", ValidFrom = new DateOnly(2025, 1, 1) });
            for (var u = 0; u < units; u++)
            {
                var unit = $"U{u:D3}";
                db.OrgUnits.Add(new OrgUnitRecord { Id = unit, Code = unit, NameVi = $"Đảng ủy đơn vị {u}", Kind = "PartyCommittee", ParentId = "ROOT", ValidFrom = new DateOnly(2025, 1, 1) });
                db.Users.Add(new UserRecord { Id = $"user{u}", UserName = $"officer{u}", DisplayName = $"Cán bộ {u}", PasswordHash = hash, Roles = "UnitOfficer", UnitId = unit, CreatedAt = DateTimeOffset.UtcNow, LastLoginAt = DateTimeOffset.UtcNow });
            }
            await db.SaveChangesAsync();
        }

        var store = services.GetRequiredService<WorkflowDefinitionStore>();
        var definition = WorkflowDefinitionReader.Read("""
            {"definitionId": "bench-task", "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
              {"id": "task", "type": "Supervision.UserTask",
               "title": {"typeName": "String", "expression": {"type": "JavaScript", "value": "'Báo cáo định kỳ ' + getInput('n')"}},
               "assignee": {"typeName": "Object", "expression": {"type": "JavaScript", "value": "({ role: 'FocalPoint', unitId: getInput('unit') })"}},
               "deadline": {"typeName": "String", "expression": {"type": "Literal", "value": "WorkingDays:10"}},
               "actions": {"typeName": "String[]", "expression": {"type": "Object", "value": "[\"Submit\"]"}}},
              {"id": "done", "type": "Elsa.WriteLine", "text": "done"}],
              "connections": [{"source": {"activity": "task", "port": "Submit"}, "target": {"activity": "done", "port": "In"}}]}}
            """).Definition;
        var draft = await store.SaveDraftAsync(definition, CancellationToken.None);
        await store.PublishAsync(draft.DefinitionId, draft.Version, CancellationToken.None);

        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        var watch = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < tasks)
            {
                await runtime.StartAsync(new StartWorkflowRequest
                {
                    DefinitionId = "bench-task",
                    Input = new Dictionary<string, object?> { ["n"] = n, ["unit"] = $"U{n % units:D3}" },
                });
            }
        }));
        Console.WriteLine($"seeded {tasks:N0} instances with one open task each in {watch.Elapsed.TotalSeconds:N1} s ({tasks / watch.Elapsed.TotalSeconds:N0}/s)");
    }
}

static Process StartServer(Dictionary<string, string?> database, string folder, int port)
{
    var dll = Path.Combine(AppContext.BaseDirectory, "Supervision.Api.dll");
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}" })
        start.ArgumentList.Add(argument);
    foreach (var (key, value) in database)
        start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
    start.Environment["Workflows__Import"] = "false";
    start.Environment["Auth__SigningKey"] = "benchmark-signing-key-long-enough-for-hmac-sha256";
    start.Environment["Auth__SeedDemoUsers"] = "false";
    start.Environment["Auth__TokenRequestsPerMinute"] = "1000";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("server: " + e.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitForServerAsync(HttpClient http)
{
    var deadline = DateTime.UtcNow.AddSeconds(60);
    while (DateTime.UtcNow < deadline)
    {
        try
        {
            if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                return;
        }
        catch (HttpRequestException)
        {
            // Not listening yet.
        }
        await Task.Delay(250);
    }
    throw new TimeoutException("The server did not start within 60 s.");
}

static async Task LoadAsync(Uri server, Process serverProcess, int clients, TimeSpan warmup, TimeSpan duration, bool inboxOnly, TimeSpan think)
{
    Task ThinkAsync() => think > TimeSpan.Zero ? Task.Delay(think * (0.5 + Random.Shared.NextDouble())) : Task.CompletedTask;
    var inbox = new ConcurrentBag<double>();
    var complete = new ConcurrentBag<double>();
    var errors = 0;
    var measureFrom = DateTime.UtcNow + warmup;
    var stop = measureFrom + duration;
    // The server's CPU over the measured window: a steadier figure than latency on a shared machine.
    var cpuAtStart = TimeSpan.Zero;
    var kernelAtStart = TimeSpan.Zero;
    var clientCpuAtStart = TimeSpan.Zero;
    _ = Task.Delay(warmup).ContinueWith(_ =>
    {
        serverProcess.Refresh();
        cpuAtStart = serverProcess.TotalProcessorTime;
        kernelAtStart = serverProcess.PrivilegedProcessorTime;
        clientCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    }, TaskScheduler.Default);
    await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
    {
        using var http = new HttpClient { BaseAddress = server };
        var login = await http.PostAsJsonAsync("/api/auth/token", new { userName = $"officer{c}", password = "bench" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        while (DateTime.UtcNow < stop)
        {
            var t0 = Stopwatch.GetTimestamp();
            var page = await http.GetAsync("/api/tasks?pageSize=20");
            var measured = DateTime.UtcNow >= measureFrom;
            if (measured)
                inbox.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            if (!page.IsSuccessStatusCode)
            {
                if (measured)
                    Interlocked.Increment(ref errors);
                continue;
            }
            var items = (await page.Content.ReadFromJsonAsync<JsonObject>())!["items"]!.AsArray();
            if (items.Count == 0)
                break;
            await ThinkAsync();
            if (inboxOnly)
                continue;
            var id = items[Random.Shared.Next(items.Count)]!["id"]!.GetValue<string>();
            t0 = Stopwatch.GetTimestamp();
            var done = await http.PostAsJsonAsync($"/api/tasks/{id}/complete", new { action = "Submit" });
            var took = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            if (measured)
            {
                complete.Add(took);
                if (!done.IsSuccessStatusCode)
                    Interlocked.Increment(ref errors);
            }
            await ThinkAsync();
        }
    }));
    var elapsed = (DateTime.UtcNow - measureFrom).TotalSeconds;
    serverProcess.Refresh();
    var cpu = (serverProcess.TotalProcessorTime - cpuAtStart).TotalMilliseconds;
    var kernel = (serverProcess.PrivilegedProcessorTime - kernelAtStart).TotalMilliseconds;
    var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - clientCpuAtStart).TotalMilliseconds;
    Report("inbox (GET /api/tasks)", inbox, elapsed);
    Report("complete (POST /api/tasks/{id}/complete)", complete, elapsed);
    Console.WriteLine($"total: {(inbox.Count + complete.Count) / elapsed:N0} requests/s, errors: {errors}");
    Console.WriteLine($"server CPU: {cpu / 1000 / elapsed:N2} cores, {cpu / Math.Max(1, inbox.Count + complete.Count):N2} ms per request (background work included), {kernel / Math.Max(1, cpu):P0} of it in the kernel");
    Console.WriteLine($"load client CPU: {clientCpu / 1000 / elapsed:N2} cores (on the same machine)");
}

static void Report(string label, ConcurrentBag<double> samples, double seconds)
{
    var sorted = samples.Order().ToArray();
    double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    Console.WriteLine($"{label}: {sorted.Length:N0} requests, {sorted.Length / seconds:N0}/s, p50 {P(0.50):N1} ms, p95 {P(0.95):N1} ms, p99 {P(0.99):N1} ms");
}

static int FreePort()
{
    using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}

using Microsoft.Extensions.Configuration;

namespace Supervision.Workflows.Scheduling;

/// <summary>What a server process does with Hangfire.</summary>
public enum SchedulingRole
{
    /// <summary>Serves the API and runs the Hangfire server (the default, one process).</summary>
    Both,

    /// <summary>Serves the API and enqueues jobs; another process runs them.</summary>
    Web,

    /// <summary>Runs the Hangfire server.</summary>
    Worker,
}

/// <summary>Settings under <c>Scheduling</c>.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Scheduling";

    /// <summary>The Hangfire schema on SQL Server and PostgreSQL (in the application's database).</summary>
    public const string DefaultSchemaName = "hangfire";

    /// <summary>The Hangfire SQLite file, beside the application's database file.</summary>
    public const string DefaultSqliteFileName = "hangfire.db";

    /// <summary><c>Scheduling:Role</c> or the <c>--role</c> argument: <c>both</c> (default), <c>web</c> or <c>worker</c>.</summary>
    public SchedulingRole Role { get; set; } = SchedulingRole.Both;

    /// <summary>
    /// <c>Scheduling:PollingInterval</c>: how often due delayed jobs are moved to the queue and, on SQLite and
    /// PostgreSQL, how often an idle worker polls the queue. Default 1 s (Hangfire's SQLite default is 15 s).
    /// </summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>Scheduling:WorkerCount</c>: Hangfire workers of this process; Hangfire's default when unset.</summary>
    public int? WorkerCount { get; set; }

    /// <summary><c>Scheduling:SqliteFile</c>: the Hangfire SQLite file; default <c>hangfire.db</c> beside the database file.</summary>
    public string? SqliteFile { get; set; }

    /// <summary>
    /// <c>Scheduling:SqliteSynchronous</c>: the <c>synchronous</c> pragma of the Hangfire SQLite file, <c>Normal</c>
    /// (default: WAL commits without a flush each; a power cut can lose the last few job writes, a process crash
    /// loses none) or <c>Full</c>. Normal is safe here because the application's database, which keeps <c>Full</c>,
    /// is the record of every timer and task, and the reconciliation pass recreates a lost job from it.
    /// </summary>
    public string SqliteSynchronous { get; set; } = "Normal";

    /// <summary><c>Scheduling:SchemaName</c>: Hangfire's schema on SQL Server and PostgreSQL (default <c>hangfire</c>).</summary>
    public string SchemaName { get; set; } = DefaultSchemaName;

    /// <summary><c>Scheduling:ReconciliationCron</c>: when the reconciliation pass runs (default every 5 minutes).</summary>
    public string ReconciliationCron { get; set; } = "*/5 * * * *";

    /// <summary>
    /// <c>Scheduling:ReconciliationGrace</c>: a bookmark younger than this is left alone (its job may be on its way), and a
    /// timer or reminder instant is looked at once it is this much past. Default 1 minute.
    /// </summary>
    public TimeSpan ReconciliationGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// <c>Scheduling:TaskWindowDaysBack</c> / <c>TaskWindowDaysAhead</c>: open tasks due within this window of today
    /// have their reminder job checked by the reconciliation pass (the default policy and ladder reach 5 working
    /// days before and 15 after the due date). Defaults 45 and 30 days.
    /// </summary>
    public int TaskWindowDaysBack { get; set; } = 45;

    /// <inheritdoc cref="TaskWindowDaysBack"/>
    public int TaskWindowDaysAhead { get; set; } = 30;

    /// <summary>
    /// <c>Scheduling:ReconciliationTaskPage</c>: open tasks the reconciliation pass reads at a time (default 2,000).
    /// </summary>
    public int ReconciliationTaskPage { get; set; } = 2000;

    /// <summary>
    /// <c>Scheduling:ReconciliationTasksPerPass</c>: open tasks one reconciliation pass looks at (default 8,000). Each
    /// pass goes on where the last one stopped, in (due date, id) order, and starts again from the first task after
    /// the last: with N open tasks in the window every task is looked at within N / this many passes.
    /// </summary>
    public int ReconciliationTasksPerPass { get; set; } = 8000;

    /// <summary><c>Scheduling:ReminderChannel</c>: channels of reminders and escalations: <c>All</c> (default), or a list of <c>InApp</c>, <c>Email</c>, <c>Webhook</c>.</summary>
    public string ReminderChannel { get; set; } = "All";

    /// <summary><c>Scheduling:NotifyAssignees</c>: tell people when a task is given to them (default true).</summary>
    public bool NotifyAssignees { get; set; } = true;

    /// <summary><c>Scheduling:OutboxMaxAttempts</c>: sending attempts of one e-mail or webhook before it is left failed (default 10).</summary>
    public int OutboxMaxAttempts { get; set; } = 10;

    /// <summary><c>Scheduling:OutboxClaimTimeout</c>: a claimed message not marked sent within this span may be claimed again (default 5 minutes).</summary>
    public TimeSpan OutboxClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary><c>Scheduling:PublicBaseUrl</c>: the server's address as people reach it, for links in e-mails (none when unset).</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>True when this process runs a Hangfire server.</summary>
    public bool RunsServer => Role != SchedulingRole.Web;

    /// <summary>Reads the section, then lets a <c>--role</c> argument (configuration key <c>role</c>) override the role.</summary>
    public static SchedulingOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new SchedulingOptions();
        configuration.GetSection(SectionName).Bind(options);
        if (configuration["role"] is { Length: > 0 } role)
            options.Role = ParseRole(role);
        options.Validate();
        return options;
    }

    public static SchedulingRole ParseRole(string role) => role.Trim().ToLowerInvariant() switch
    {
        "both" or "all" or "web,worker" or "worker,web" => SchedulingRole.Both,
        "web" or "api" => SchedulingRole.Web,
        "worker" => SchedulingRole.Worker,
        _ => throw new InvalidOperationException($"--role must be web, worker or both, not '{role}'."),
    };

    public void Validate()
    {
        if (PollingInterval <= TimeSpan.Zero)
            throw new InvalidOperationException("Scheduling:PollingInterval must be positive.");
        if (WorkerCount is < 1)
            throw new InvalidOperationException("Scheduling:WorkerCount must be at least 1.");
        if (ReconciliationTaskPage < 1)
            throw new InvalidOperationException("Scheduling:ReconciliationTaskPage must be at least 1.");
        if (ReconciliationTasksPerPass < 1)
            throw new InvalidOperationException("Scheduling:ReconciliationTasksPerPass must be at least 1.");
        if (OutboxMaxAttempts < 1)
            throw new InvalidOperationException("Scheduling:OutboxMaxAttempts must be at least 1.");
        if (string.IsNullOrWhiteSpace(SchemaName))
            throw new InvalidOperationException("Scheduling:SchemaName must not be empty.");
        ChannelNames.Parse(ReminderChannel);
    }
}

/// <summary>Delivery channels of a notification.</summary>
[Flags]
public enum Channels
{
    None = 0,
    InApp = 1,
    Email = 2,
    Webhook = 4,
    All = InApp | Email | Webhook,
}


/// <summary>Parses channel names as definitions and settings write them.</summary>
public static class ChannelNames
{
    public static Channels Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Channels.InApp;
        var result = Channels.None;
        foreach (var part in text.Split([',', ';', '|', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "all" => Channels.All,
                "inapp" or "in-app" or "app" => Channels.InApp,
                "email" or "e-mail" or "mail" => Channels.Email,
                "webhook" or "webhooks" => Channels.Webhook,
                _ => throw new InvalidOperationException($"'{part}' is not a notification channel (InApp, Email, Webhook, All)."),
            };
        }
        return result;
    }
}

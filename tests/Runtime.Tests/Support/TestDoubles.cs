using System.Collections.Concurrent;
using Supervision.Workflows.Activities;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Runtime;

namespace Supervision.Runtime.Tests.Support;

/// <summary>Records what the runtime tells the scheduling layer.</summary>
public sealed class RecordingScheduler : IBookmarkScheduler
{
    public ConcurrentQueue<BookmarkChanges> Bookmarks { get; } = new();
    public ConcurrentQueue<TriggerChanges> Triggers { get; } = new();

    /// <summary>Runs when the runtime reports changed bookmarks, before they are recorded.</summary>
    public Action? OnBookmarksChanged { get; set; }

    public ValueTask BookmarksChangedAsync(BookmarkChanges changes, CancellationToken cancellationToken)
    {
        OnBookmarksChanged?.Invoke();
        Bookmarks.Enqueue(changes);
        return ValueTask.CompletedTask;
    }

    public ValueTask TriggersChangedAsync(TriggerChanges changes, CancellationToken cancellationToken)
    {
        Triggers.Enqueue(changes);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Makes <see cref="FlakyActivity"/> throw while it is on.</summary>
public sealed class FlakySwitch
{
    public volatile bool Failing;
}

/// <summary>An activity that throws while its host's <see cref="FlakySwitch"/> is on.</summary>
[ActivityType(TypeKey, Category = "Tests")]
public sealed class FlakyActivity : WorkflowActivity
{
    public const string TypeKey = "Tests.Flaky";

    public override ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        if (context.Services?.GetService(typeof(FlakySwitch)) is FlakySwitch { Failing: true })
            throw new InvalidOperationException("The flaky activity failed.");
        context.Complete();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Keeps every log line written at Information or above.</summary>
public sealed class CapturingLoggerProvider : Microsoft.Extensions.Logging.ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= Microsoft.Extensions.Logging.LogLevel.Information;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                owner.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}

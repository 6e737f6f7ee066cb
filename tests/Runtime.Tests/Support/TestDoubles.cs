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

    public ValueTask BookmarksChangedAsync(BookmarkChanges changes, CancellationToken cancellationToken)
    {
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

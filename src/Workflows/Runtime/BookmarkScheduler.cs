using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// Told after a commit what the scheduling layer must act on: created bookmarks (those with
/// <see cref="Bookmark.DueAt"/> need a delayed job, whose id goes back through
/// <see cref="IWorkflowRuntime.SetBookmarkJobIdAsync"/>), removed bookmarks (their <see cref="Bookmark.JobId"/>
/// can be deleted) and trigger changes of published versions. Called after the transaction committed and
/// never inside it; a failure here is logged and does not undo the burst (a reconciliation pass repairs lost jobs).
/// </summary>
public interface IBookmarkScheduler
{
    ValueTask BookmarksChangedAsync(BookmarkChanges changes, CancellationToken cancellationToken);

    ValueTask TriggersChangedAsync(TriggerChanges changes, CancellationToken cancellationToken);
}

/// <summary>What one committed burst did to an instance's bookmarks.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="Created">Open bookmarks created by the burst.</param>
/// <param name="Removed">Bookmarks consumed or cancelled by the burst, with their stored job ids.</param>
public sealed record BookmarkChanges(string InstanceId, IReadOnlyList<Bookmark> Created, IReadOnlyList<Bookmark> Removed);

/// <summary>A trigger of a published version.</summary>
public sealed record WorkflowTrigger(string DefinitionId, string DefinitionVersionId, int Version, string ActivityId, string ActivityType, string Name, string Hash, string? Stimulus);

/// <summary>Triggers indexed and removed by one publish or unpublish of a definition.</summary>
public sealed record TriggerChanges(string DefinitionId, IReadOnlyList<WorkflowTrigger> Added, IReadOnlyList<WorkflowTrigger> Removed);

/// <summary>The default until a scheduler is plugged in: does nothing.</summary>
public sealed class NoOpBookmarkScheduler : IBookmarkScheduler
{
    public ValueTask BookmarksChangedAsync(BookmarkChanges changes, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask TriggersChangedAsync(TriggerChanges changes, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

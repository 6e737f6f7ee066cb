using System.Text.Json.Nodes;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;

namespace Supervision.Workflows.Activities;

/// <summary>
/// Base of every activity. One instance serves every node of its type, so an activity keeps no
/// per-run state: it reads inputs from the context, completes through ports or blocks by creating a
/// bookmark, and is resumed through <see cref="ResumeAsync"/>.
/// </summary>
public abstract class WorkflowActivity
{
    /// <summary>Filled in by the registry.</summary>
    public ActivityDescriptor Descriptor { get; internal set; } = null!;

    /// <summary>Runs the activity. The default completes on <c>Done</c>.</summary>
    public virtual ValueTask ExecuteAsync(ActivityExecutionContext context)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>Called when one of this activity's bookmarks is resumed. The default completes on <c>Done</c>.</summary>
    public virtual ValueTask ResumeAsync(ActivityExecutionContext context, Bookmark bookmark, JsonNode? input)
    {
        context.Complete();
        return ValueTask.CompletedTask;
    }

    /// <summary>The outcome ports of one node; activities whose ports come from inputs override this.</summary>
    public virtual IReadOnlyList<string> GetOutcomes(ActivityNode node) => Descriptor.Outcomes;

    /// <summary>Checks beyond the descriptor's (for example a cron expression that does not parse).</summary>
    public virtual IEnumerable<NodeProblem> Validate(ActivityNode node) => [];

    /// <summary>
    /// For trigger activities: the bookmark name and stimulus that start a workflow from this node, or null
    /// when the node's inputs are not literal (a trigger must be known without running anything).
    /// </summary>
    public virtual TriggerStimulus? GetTriggerStimulus(ActivityNode node) => null;
}

/// <summary>A problem found in one node: the field is the input name (or null for the node itself).</summary>
public sealed record NodeProblem(string? Field, string Message, bool IsWarning = false);

/// <summary>What a trigger waits for: a bookmark name and the stimulus that matches it.</summary>
public sealed record TriggerStimulus(string Name, JsonNode? Stimulus);

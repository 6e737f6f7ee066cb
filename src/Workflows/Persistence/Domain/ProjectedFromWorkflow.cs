namespace Supervision.Workflows.Persistence.Domain;

/// <summary>
/// The shadow properties that tie a domain row to the workflow run that wrote it, for readers outside the mapping
/// (the API links a record to its instance; tests seed rows as the projections would).
/// </summary>
public static class ProjectedFromWorkflow
{
    /// <summary>The workflow instance that produced the row; null for rows written by people through the API.</summary>
    public const string InstanceId = "WorkflowInstanceId";

    /// <summary>The event of that run the row stands for, unique within the run.</summary>
    public const string EventKey = "WorkflowEventKey";
}

namespace Supervision.Workflows.Persistence.Domain;

/// <summary>
/// The shadow columns of a domain row written by a workflow run (see <c>DomainProjector</c>). They are not part of
/// the aggregates, so readers outside this assembly reach them with <c>EF.Property&lt;string?&gt;(row, name)</c>.
/// </summary>
public static class ProjectionColumns
{
    /// <summary>The workflow run that produced a row (null for rows written by people through the API).</summary>
    public const string WorkflowInstanceId = "WorkflowInstanceId";

    /// <summary>The event of that run the row stands for (a task id, an activity run), unique within the run.</summary>
    public const string WorkflowEventKey = "WorkflowEventKey";
}

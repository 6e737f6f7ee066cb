using System.Text.Json.Nodes;
using Mediator;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Activities.Cycle;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.Tasks.CompleteTask;

/// <summary>Completes a task with one of its actions, a comment and the form; resumes the workflow in the same transaction.</summary>
public sealed record CompleteTask(string TaskId, string? Action, string? Comment, JsonObject? Form) : IRequest<CompleteTaskResponse>;

public sealed record CompleteTaskResponse(string TaskId, string Status, string InstanceId, string InstanceStatus);

internal sealed class CompleteTaskHandler(TaskAccess access, CurrentUserAccessor current, IWorkflowRuntime runtime) : IRequestHandler<CompleteTask, CompleteTaskResponse>
{
    public async ValueTask<CompleteTaskResponse> Handle(CompleteTask request, CancellationToken cancellationToken)
    {
        var (task, scope) = await access.LoadAsync(request.TaskId, current.User, tracking: false, cancellationToken);
        if (!TaskAccess.CanAct(task, scope))
            throw new ForbiddenException("You cannot act on this task: it is assigned to another person, role or unit.");
        if (task.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
            throw new ConflictException($"The task is already {task.Status.ToLowerInvariant()}.");
        if (task.Status == TaskStatuses.Claimed && task.ClaimedBy != current.User.UserName)
            throw new ConflictException($"The task is claimed by {task.ClaimedBy}.");

        var completion = new HumanTaskCompletion { Action = request.Action!, Comment = request.Comment, Form = request.Form, Actor = current.User.UserName };
        HumanTaskActivity.Check(HumanTaskSpec.FromJson(JsonNode.Parse(task.Spec)), completion);
        var result = await runtime.ResumeAsync(task.Id, completion.ToJson(), current.User.UserName, cancellationToken);
        return new CompleteTaskResponse(task.Id, request.Action == HumanTaskSpec.TimeoutAction ? TaskStatuses.TimedOut : TaskStatuses.Completed,
            result.InstanceId, result.Status.ToString());
    }
}

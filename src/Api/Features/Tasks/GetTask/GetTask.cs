using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks.GetTask;

/// <summary>One task with its form, actions and history (who did what, with comments).</summary>
public sealed record GetTask(string TaskId) : IRequest<TaskDetail>;

internal sealed class GetTaskHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory, DeadlineClock deadlines)
    : IRequestHandler<GetTask, TaskDetail>
{
    public async ValueTask<TaskDetail> Handle(GetTask request, CancellationToken cancellationToken)
    {
        var (task, scope) = await access.LoadAsync(request.TaskId, current.User, tracking: false, cancellationToken);
        var spec = HumanTaskSpec.FromJson(JsonNode.Parse(task.Spec));
        var history = await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == task.InstanceId && j.ActivityId == task.ActivityId)
            .OrderBy(j => j.Sequence)
            .Select(j => new TaskHistoryEntry(j.At, j.Event, j.Actor, j.Message))
            .ToListAsync(cancellationToken);
        var summary = TaskMapping.Summary(task, deadlines.Today(), id => id is null ? null : directory.Find(id)?.NameVi, TaskAccess.CanAct(task, scope));
        return new TaskDetail(summary, spec.Description, spec.Actions, spec.CommentRequiredFor, spec.Form, spec.Data, task.Action, task.Comment, task.CompletedBy, history);
    }
}

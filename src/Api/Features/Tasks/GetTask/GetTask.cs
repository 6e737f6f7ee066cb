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
        var history = await HistoryAsync(task, scope, cancellationToken);
        var summary = TaskMapping.Summary(task, deadlines.Today(), directory, scope);
        var submission = spec.Data?["submission"] is JsonObject sent ? await SubmissionAsync(task, sent, cancellationToken) : null;
        return new TaskDetail(summary, spec.Description, spec.Actions, spec.CommentRequiredFor, spec.Form, spec.Data, task.Action, task.Comment, task.CompletedBy, history,
            submission, NamedUnits(task, spec.Data), await ReturnedAsync(task, spec.Data?["returned"] as JsonObject, cancellationToken));
    }

    /// <summary>The data keys that hold a unit id, or a list of them.</summary>
    private static readonly string[] UnitKeys = ["assignerUnitId", "recipientUnitId", "participants"];

    private List<UnitRef> NamedUnits(TaskRecord task, JsonObject? data)
    {
        var ids = new List<string?> { task.UnitId, task.AssigneeUnitId };
        foreach (var key in UnitKeys)
        {
            switch (data?[key])
            {
                case JsonValue value when value.TryGetValue<string>(out var id):
                    ids.Add(id);
                    break;
                case JsonArray list:
                    ids.AddRange(list.OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var id) ? id : null));
                    break;
            }
        }
        return ids.OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(id => directory.Find(id) is { } unit ? new UnitRef(unit.Id, unit.NameVi, unit.NameEn) : null)
            .OfType<UnitRef>().ToList();
    }

    /// <summary>
    /// What happened at the task's step to the task's unit, oldest first. A step may hold the tasks of several units
    /// (a review shared by every unit's work): the page of one unit's task reads the step's own events and those of
    /// that unit's tasks there, not another unit's completions, comments, reminders or changes (the instance's journal
    /// has the whole step); and a reader who does not see everything reads only the tasks they may see.
    /// </summary>
    private async Task<IReadOnlyList<TaskHistoryEntry>> HistoryAsync(TaskRecord task, TaskAccess.Scope scope, CancellationToken cancellationToken)
    {
        var entries = await db.Journal.AsNoTracking()
            .Where(j => j.InstanceId == task.InstanceId && j.ActivityId == task.ActivityId)
            .OrderBy(j => j.Sequence)
            .Select(j => new { Entry = new TaskHistoryEntry(j.At, j.Event, j.Actor, j.Message), j.Data })
            .ToListAsync(cancellationToken);
        var stepTasks = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == task.InstanceId && t.ActivityId == task.ActivityId)
            .Select(t => new TaskRecord { Id = t.Id, UnitId = t.UnitId, AssigneeUser = t.AssigneeUser, AssigneeUnitId = t.AssigneeUnitId })
            .ToListAsync(cancellationToken);
        var hidden = stepTasks.Where(t => t.Id != task.Id && (t.UnitId != task.UnitId || !TaskAccess.CanSee(t, scope)))
            .Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return entries.Where(e => TaskNamed(e.Data) is not { } named || !hidden.Contains(named)).Select(e => e.Entry).ToList();
    }

    /// <summary>The task (bookmark) a journal entry is about, when its data names one.</summary>
    private static string? TaskNamed(string? data)
    {
        if (data is null || JsonNode.Parse(data) is not JsonObject fields)
            return null;
        return (fields["bookmarkId"] ?? fields["taskId"]) is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
    }

    /// <summary>Who gave the work back, when and why, and the work they gave back (<c>data.returned</c> of a returned unit's task).</summary>
    private async Task<TaskReturn?> ReturnedAsync(TaskRecord task, JsonObject? returned, CancellationToken cancellationToken)
    {
        if (returned is null)
            return null;
        static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        var at = Text(returned["at"]) is { } instant && DateTimeOffset.TryParse(instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed)
            ? parsed : (DateTimeOffset?)null;
        var sent = returned["submission"] is JsonObject work ? await SubmissionAsync(task, work, cancellationToken) : null;
        return new TaskReturn(Text(returned["by"]), at, Text(returned["comment"]), sent);
    }

    /// <summary>
    /// An earlier completion a task carries (<c>data.submission</c>: a unit's work under review), its fields labelled by the form
    /// that asked for them: that of the step's task for the same unit whose completion it is (by whom and when it was completed),
    /// else of the last one completed before this task opened.
    /// </summary>
    private async Task<TaskSubmission> SubmissionAsync(TaskRecord task, JsonObject sent, CancellationToken cancellationToken)
    {
        var completion = HumanTaskCompletion.FromJson(sent);
        var earlier = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == task.InstanceId && t.ActivityId == task.ActivityId && t.UnitId == task.UnitId && t.Id != task.Id && t.CompletedAt != null)
            .Select(t => new { t.CompletedAt, t.CompletedBy, t.Spec })
            .ToListAsync(cancellationToken);
        // The journal keeps instants to the microsecond; the completion carried on the task keeps them whole.
        var asking = earlier.FirstOrDefault(t => t.CompletedBy == completion.Actor && completion.CompletedAt is { } at && (t.CompletedAt!.Value - at).Duration() < TimeSpan.FromMilliseconds(1))
            ?? earlier.Where(t => t.CompletedAt <= task.CreatedAt).MaxBy(t => t.CompletedAt);
        var form = asking is null ? [] : HumanTaskSpec.FromJson(JsonNode.Parse(asking.Spec)).Form;
        var values = completion.Form ?? new JsonObject();
        var fields = form.Where(f => values.ContainsKey(f.Name))
            .Select(f => new SubmittedField(f.Name, f.LabelVi, f.LabelEn, f.Type, values[f.Name]?.DeepClone(), f.OptionLabels))
            .Concat(values.Where(v => form.All(f => f.Name != v.Key)).Select(v => new SubmittedField(v.Key, v.Key, v.Key, "text", v.Value?.DeepClone())))
            .ToList();
        return new TaskSubmission(completion.Actor, completion.CompletedAt, completion.Action, completion.Comment, fields);
    }
}

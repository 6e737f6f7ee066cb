using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// Keeps a read model in step with the instances: called for every burst before its one SaveChanges, so
/// whatever it stages commits (or fails) together with the instance.
/// </summary>
public interface IBurstProjector
{
    void Project(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result);
}

/// <summary>Journal events written by human-task activities and read by the projections.</summary>
public static class HumanJournalEvents
{
    /// <summary>Data: bookmarkId, action, comment, actor.</summary>
    public const string TaskCompleted = "TaskCompleted";

    /// <summary>Data: template, channel, units, roles, users, subject, body.</summary>
    public const string NotificationQueued = "NotificationQueued";

    /// <summary>A task given to another person or role; its bookmark's payload names the new assignee. Data: bookmarkId.</summary>
    public const string TaskReassigned = "TaskReassigned";
}

/// <summary>The inbox: a task row per human-task bookmark, opened and closed with the burst.</summary>
public sealed class HumanTaskProjector : IBurstProjector
{
    private static string Clip(string text) => text.Length > 1024 ? text[..1024] : text;

    /// <summary>The source document a task answers (<see cref="TaskRecord.Source"/>), cut to the column's length.</summary>
    public static string? SourceOf(HumanTaskSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var source = !string.IsNullOrWhiteSpace(spec.SourceDocument) ? spec.SourceDocument.Trim()
            : spec.Data?["guidance"] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var guidance) && !string.IsNullOrWhiteSpace(guidance) ? guidance.Trim()
            : null;
        return source is { Length: > Lengths.Name } ? source[..Lengths.Name] : source;
    }

    public void Project(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result)
    {
        // Loaded, not attached as a stub: claims and reassignments move the row's concurrency token.
        TaskRecord? Row(string id) => db.Tasks.Local.FirstOrDefault(t => t.Id == id) ?? db.Tasks.FirstOrDefault(t => t.Id == id);
        var completions = result.Journal
            .Where(j => j.Event == HumanJournalEvents.TaskCompleted && j.Data?["bookmarkId"] is not null)
            .ToDictionary(j => j.Data!["bookmarkId"]!.GetValue<string>(), StringComparer.Ordinal);

        foreach (var removed in result.RemovedBookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName))
        {
            var row = Row(removed.Id);
            if (row is null)
                continue;
            if (completions.TryGetValue(removed.Id, out var completion))
            {
                var action = completion.Data!["action"]?.GetValue<string>();
                row.Status = action == HumanTaskSpec.TimeoutAction ? TaskStatuses.TimedOut : TaskStatuses.Completed;
                row.Action = action;
                row.Comment = completion.Data["comment"]?.GetValue<string>();
                row.CompletedBy = completion.Actor ?? completion.Data["actor"]?.GetValue<string>();
                row.CompletedAt = JournalChain.Normalize(completion.At);
                var dueOn = completion.Data["dueOn"]?.GetValue<string>();
                row.CompletedLate = dueOn is not null && !Domain.Common.VietnamTime.IsOnTime(completion.At, DateOnly.Parse(dueOn, System.Globalization.CultureInfo.InvariantCulture));
                db.Entry(row).Property(t => t.CompletedLate).IsModified = true;
                db.Entry(row).Property(t => t.Action).IsModified = true;
                db.Entry(row).Property(t => t.Comment).IsModified = true;
                db.Entry(row).Property(t => t.CompletedBy).IsModified = true;
                db.Entry(row).Property(t => t.CompletedAt).IsModified = true;
            }
            else
            {
                row.Status = TaskStatuses.Cancelled;
            }
            db.Entry(row).Property(t => t.Status).IsModified = true;
        }

        // A unit's work returned by its reviewer is reopened as a new task: the earlier hand-in is marked
        // Returned so that statistics count the piece of work once.
        var returnedUnits = result.Journal
            .Where(j => j.Event == HumanJournalEvents.TaskCompleted && j.Data?["action"]?.GetValue<string>() == "Return" && j.Data["unitId"] is not null)
            .Select(j => (j.ActivityId, Unit: j.Data!["unitId"]!.GetValue<string>()))
            .ToList();
        foreach (var (activityId, unit) in returnedUnits)
        {
            foreach (var handedIn in db.Tasks.Where(t => t.InstanceId == instance.Id && t.ActivityId == activityId && t.UnitId == unit
                && t.Stage == "Work" && t.Status == TaskStatuses.Completed).ToList())
            {
                handedIn.Status = TaskStatuses.Returned;
            }
        }

        // A live task whose bookmark changed (its due date moved, it was handed to someone else) follows it.
        var reassigned = result.Journal
            .Where(j => j.Event == HumanJournalEvents.TaskReassigned && j.Data?["bookmarkId"] is not null)
            .Select(j => j.Data!["bookmarkId"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        foreach (var updated in (result.UpdatedBookmarks ?? []).Where(b => b.Name == HumanTaskSpec.BookmarkName))
        {
            var row = Row(updated.Id);
            if (row is null || row.Status is not (TaskStatuses.Open or TaskStatuses.Claimed))
                continue;
            var spec = HumanTaskSpec.FromJson(updated.Payload);
            row.AssigneeUser = spec.Assignee.UserName;
            row.AssigneeRole = spec.Assignee.Role;
            row.AssigneeUnitId = spec.Assignee.UnitId ?? spec.UnitId;
            if (reassigned.Contains(updated.Id))
            {
                // Handed over, the task is open to its new assignee: the earlier claim goes.
                row.ClaimedBy = null;
                row.Status = TaskStatuses.Open;
            }
            row.DueOn = spec.DueOn;
            row.Spec = updated.Payload?.ToJsonString() ?? "{}";
            row.Revision++;
        }

        foreach (var created in result.CreatedBookmarks.Where(b => b.Name == HumanTaskSpec.BookmarkName))
        {
            var spec = HumanTaskSpec.FromJson(created.Payload);
            db.Tasks.Add(new TaskRecord
            {
                Id = created.Id,
                InstanceId = instance.Id,
                DefinitionId = result.State.DefinitionId,
                ActivityId = created.ActivityId,
                Kind = spec.Kind,
                Title = Clip(spec.Title),
                TitleEn = spec.TitleEn is null ? null : Clip(spec.TitleEn),
                // Either language's title finds the task.
                SearchText = Clip(Human.SearchText.Fold(spec.TitleEn is null ? spec.Title : spec.Title + " " + spec.TitleEn)),
                Stage = spec.Stage,
                AssigneeUser = spec.Assignee.UserName,
                AssigneeRole = spec.Assignee.Role,
                AssigneeUnitId = spec.Assignee.UnitId ?? spec.UnitId,
                UnitId = spec.UnitId ?? spec.Assignee.UnitId,
                PlanId = spec.PlanId,
                Source = SourceOf(spec),
                DueOn = spec.DueOn,
                Status = TaskStatuses.Open,
                CreatedAt = JournalChain.Normalize(created.CreatedAt),
                Classification = spec.Classification,
                Spec = created.Payload?.ToJsonString() ?? "{}",
            });
        }
    }
}

/// <summary>Notifications queued by activities (Notify, Urge) become outbox rows in the same transaction.</summary>
public sealed class NotificationProjector : IBurstProjector
{
    public void Project(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result)
    {
        var index = 0;
        foreach (var entry in result.Journal.Where(j => j.Event == HumanJournalEvents.NotificationQueued))
        {
            var data = entry.Data ?? new JsonObject();
            var key = $"wf:{instance.Id}:{instance.JournalSequence}:{index++}";
            db.Outbox.Add(new OutboxRecord
            {
                Id = Guid.NewGuid().ToString("N"),
                Key = key,
                Channel = "Fanout",
                TemplateKey = data["template"]?.GetValue<string>() ?? "notify",
                Model = new JsonObject
                {
                    ["instanceId"] = instance.Id,
                    ["subject"] = entry.Message,
                    ["body"] = data["body"]?.DeepClone(),
                    ["channel"] = data["channel"]?.DeepClone(),
                    ["units"] = data["units"]?.DeepClone(),
                    ["roles"] = data["roles"]?.DeepClone(),
                    ["users"] = data["users"]?.DeepClone(),
                    ["data"] = data["data"]?.DeepClone(),
                }.ToJsonString(),
                CreatedAt = JournalChain.Normalize(entry.At),
            });
        }
    }
}

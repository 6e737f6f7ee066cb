using System.Globalization;
using System.Text.Json.Nodes;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Workflows.Scheduling;

/// <summary>
/// Tells people about a task given to them: a <c>task-assigned</c> notification per new human task, written to the
/// outbox in the burst's transaction (<c>Scheduling:NotifyAssignees</c>, default true).
/// </summary>
public sealed class TaskAssignmentNotifier(SchedulingOptions options) : IBurstProjector
{
    public void Project(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        if (!options.NotifyAssignees)
            return;
        foreach (var created in result.CreatedBookmarks)
        {
            if (created.Name != HumanTaskSpec.BookmarkName || created.Payload is null)
                continue;
            var spec = HumanTaskSpec.FromJson(created.Payload);
            var data = new JsonObject
            {
                ["task"] = new JsonObject
                {
                    ["id"] = created.Id,
                    ["title"] = spec.Title,
                    ["dueOn"] = spec.DueOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    ["unitId"] = spec.UnitId ?? spec.Assignee.UnitId,
                    ["url"] = options.PublicBaseUrl is { Length: > 0 } b ? $"{b.TrimEnd('/')}/tasks/{created.Id}" : null,
                },
            };
            // Work given back by its reviewer says so, and why, rather than arriving as a new task.
            var template = "task-assigned";
            if (spec.Data?["returned"] is JsonObject returned)
            {
                template = "task-returned";
                data["returned"] = new JsonObject { ["by"] = returned["by"]?.DeepClone(), ["comment"] = returned["comment"]?.DeepClone() };
            }
            db.Outbox.Add(OutboxRows.Fanout($"{template}:{created.Id}", template, AssigneeAudience(spec, options.ReminderChannel), data,
                created.CreatedAt, instance.Id, spec.Title));
        }
    }

    /// <summary>The people a task is given to: the user, the role holders in the unit, or the candidate units.</summary>
    public static Audience AssigneeAudience(HumanTaskSpec spec, string channel)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var assignee = spec.Assignee;
        if (assignee.UserName is { Length: > 0 } user)
            return new Audience([], [], [user], channel);
        var unit = assignee.UnitId ?? spec.UnitId;
        if (assignee.Role is { Length: > 0 } role && unit is not null)
            return new Audience([unit], [role], [], channel);
        if (assignee.CandidateUnitIds is { Count: > 0 } candidates)
            return new Audience([.. candidates], [], [], channel);
        return new Audience(unit is null ? [] : [unit], [], [], channel);
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Tasks;
using Supervision.Domain.Inspections;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.Inspections;

/// <summary>
/// The step a remediation action waits for in its workflow (<c>report</c>: the unit reports its fix; <c>verify</c>:
/// the verifier accepts it or sends it back), the task that carries it, and whether the reader may take it.
/// </summary>
public sealed record RemediationStep(string Step, string TaskId, bool CanAct);

/// <summary>What can be done to a remediation action, and which task of the <c>Remediate</c> step does it.</summary>
public static class RemediationActions
{
    public const string Report = "report";
    public const string Verify = "verify";
    public const string Reject = "reject";

    public static readonly string[] All = [Report, Verify, Reject];

    /// <summary>The task stage that waits for the action and the task action that carries it out.</summary>
    public static (string Stage, string TaskAction) StepOf(string action) => action switch
    {
        Report => (ReportStage, "Report"),
        Verify => (VerifyStage, "Verify"),
        Reject => (VerifyStage, "Reject"),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    internal const string ReportStage = "Report";
    internal const string VerifyStage = "Verify";

    /// <summary>
    /// The open remediation tasks of an inspection's workflow instance, by the action they stand for (the unit that
    /// owes it and what it is), newest first.
    /// </summary>
    internal static async Task<ILookup<(Guid Unit, string Action), TaskRecord>> OpenTasksAsync(SupervisionDbContext db, string? instanceId, CancellationToken cancellationToken)
    {
        if (instanceId is null)
            return Array.Empty<TaskRecord>().ToLookup(_ => (Guid.Empty, ""));
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.Kind == "Remediation" && (t.Stage == ReportStage || t.Stage == VerifyStage)
                && (t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Claimed))
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        return tasks
            .Where(t => t.UnitId is not null)
            .Select(t => (Task: t, Action: HumanTaskSpec.FromJson(JsonNode.Parse(t.Spec)).Data?["action"]?.GetValue<string>()))
            .Where(t => t.Action is not null)
            .ToLookup(t => (DomainKeys.OrgUnit(t.Task.UnitId!), t.Action!), t => t.Task);
    }

    /// <summary>The open step of one remediation action, if the workflow waits on one.</summary>
    internal static RemediationStep? StepOf(RemediationAction action, ILookup<(Guid Unit, string Action), TaskRecord> open, TaskAccess.Scope scope) =>
        action.Status == RemediationStatus.Verified || open[(action.ResponsibleOrgUnitId, action.Action)].FirstOrDefault() is not { } task
            ? null
            : new RemediationStep(task.Stage == ReportStage ? Report : Verify, task.Id,
                TaskAccess.CanAct(task, scope) && (task.Status == TaskStatuses.Open || task.ClaimedBy == scope.User.UserName));
}

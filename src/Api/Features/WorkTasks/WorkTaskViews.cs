using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Domain.Planning;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Api.Features.WorkTasks;

/// <summary>
/// A work task (nhiệm vụ): a piece of work one unit assigned to a lead unit, as its workflow recorded it, with its
/// deadline state on the work calendar. <paramref name="PlanId"/> is the plan's key, as plans are named elsewhere;
/// <paramref name="TitleEn"/> is the title in English when the workflow gave one.
/// </summary>
public sealed record WorkTaskResponse(
    Guid Id,
    string Code,
    string Title,
    string? TitleEn,
    UnitRef Assigner,
    UnitRef Lead,
    IReadOnlyList<UnitRef> Supporting,
    string? PlanId,
    string Kind,
    string Status,
    string DeadlineState,
    string DeadlineColour,
    DateOnly? StartOn,
    DateOnly? DueOn,
    string? ExpectedOutput,
    int ProgressPercent,
    int ReturnCount,
    int ExtensionCount,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? CompletedAt,
    bool? CompletedOnTime,
    string? LastDecisionComment,
    string? StatusReason,
    string? InstanceId,
    PersonRef? SubmittedBy,
    PersonRef? ApprovedBy);

internal static class WorkTaskViews
{
    public static readonly string[] Statuses = Enum.GetNames<WorkTaskStatus>();

    /// <summary>The work tasks an officer may see: led or assigned by their units (null: every one).</summary>
    public static IQueryable<WorkTask> Visible(IQueryable<WorkTask> tasks, IReadOnlyCollection<Guid>? units) =>
        units is null ? tasks : tasks.Where(t => units.Contains(t.LeadOrgUnitId) || units.Contains(t.AssignerOrgUnitId));

    public static bool Concerns(WorkTask task, IReadOnlyCollection<Guid>? units) =>
        units is null || units.Contains(task.LeadOrgUnitId) || units.Contains(task.AssignerOrgUnitId);

    /// <summary>Plan keys by plan id, for naming a task's plan as clients know it.</summary>
    public static async Task<Dictionary<Guid, string>> PlanKeysAsync(SupervisionDbContext db, CancellationToken cancellationToken) =>
        (await Plans.PlanViews.RecordedAsync(db, cancellationToken)).Values.ToDictionary(p => p.Plan.Id, p => p.Key);

    /// <summary>The people the work tasks name (who handed in, who approved).</summary>
    public static Task<IReadOnlyDictionary<Guid, PersonRef>> PeopleAsync(SupervisionDbContext db, IEnumerable<WorkTask> tasks, CancellationToken cancellationToken) =>
        PersonRef.LookUpAsync(db, tasks.SelectMany(t => new[] { t.SubmittedByUserId, t.ApprovedByUserId }), cancellationToken);

    public static WorkTaskResponse Response(WorkTask task, string? instanceId, IReadOnlyDictionary<Guid, string> planKeys, DbOrgDirectory directory,
        DeadlineClock deadlines, IReadOnlyDictionary<Guid, PersonRef> people)
    {
        var state = deadlines.Of(task);
        return new WorkTaskResponse(
            task.Id, task.Code, task.TitleVi, task.TitleEn,
            UnitRef.Of(task.AssignerOrgUnitId, directory), UnitRef.Of(task.LeadOrgUnitId, directory),
            task.SupportOrgUnitIds.Select(u => UnitRef.Of(u, directory)).ToList(),
            Plans.PlanViews.KeyOf(task.PlanId, planKeys),
            task.Kind.ToString(), task.Status.ToString(), state.ToString(), state.ColourKey(),
            task.StartOn, task.DueOn, task.ExpectedOutput, task.ProgressPercent, task.ReturnCount, task.ExtensionCount,
            task.AssignedAt, task.SubmittedAt, task.CompletedAt, task.IsCompletedOnTime, task.LastDecisionComment, task.StatusReason, instanceId,
            PersonRef.Of(task.SubmittedByUserId, people), PersonRef.Of(task.ApprovedByUserId, people));
    }

    /// <summary>Rows with the instance that recorded them.</summary>
    public static IQueryable<(WorkTask Task, string? InstanceId)> WithInstance(IQueryable<WorkTask> tasks) =>
        tasks.Select(t => ValueTuple.Create(t, EF.Property<string?>(t, ProjectionColumns.WorkflowInstanceId)));
}

using System.Text.Json.Nodes;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Tasks;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Milestones.ListMilestones;

/// <summary>
/// The milestones that wait for a supervisor's decision or were decided: the workflows' "approve milestone" steps, as
/// the user may see them, newest due date first among decided ones and soonest first among pending ones.
/// </summary>
public sealed record ListMilestones(string? Status, string? UnitId, string? PlanId, int? Page, int? PageSize) : IRequest<PageOf<MilestoneSummary>>;

/// <summary>A milestone: what it is, whose it is, when it is due and how it was decided.</summary>
/// <param name="Status"><c>Pending</c>, <c>Approved</c>, <c>Returned</c>, <c>Done</c> (completed by the step's own action, such as
/// issuing the plan) or <c>Closed</c> (cancelled or timed out without a decision).</param>
/// <param name="CanDecide">The reader may decide it here: <see cref="Decisions"/> is not empty.</param>
/// <param name="CanAct">It is pending and the reader may act on its task (on the task page, when it cannot be decided here).</param>
/// <param name="Decisions">What the reader may send here (<c>approve</c>, <c>return</c>): those of the two its task offers, when
/// it is pending, theirs to act on and needs no form filled in (deciding here completes the task with no form).</param>
public sealed record MilestoneSummary(
    string Id,
    string Milestone,
    string Title,
    string? MilestoneEn,
    string? TitleEn,
    string Status,
    string? UnitId,
    string? UnitName,
    string? AssigneeRole,
    string? AssigneeUnitId,
    DateOnly? DueOn,
    string DeadlineState,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Comment,
    string InstanceId,
    string? PlanId,
    bool CanDecide,
    bool CanAct,
    IReadOnlyList<string> Decisions);

public static class MilestoneStatuses
{
    public const string Pending = "Pending";
    public const string Approved = "Approved";
    public const string Returned = "Returned";
    public const string Done = "Done";
    public const string Closed = "Closed";

    public static readonly string[] All = [Pending, Approved, Returned, Done, Closed];

    public const string Kind = "Milestone";
    public const string ApproveAction = "Approve";
    public const string ReturnAction = "Return";

    /// <summary>What deciding a milestone here sends (<c>approve</c>, <c>return</c>) and the task action it completes the task with.</summary>
    public static readonly (string Decision, string Action)[] Decisions = [("approve", ApproveAction), ("return", ReturnAction)];

    public static string Of(TaskRecord task) => task.Status switch
    {
        TaskStatuses.Open or TaskStatuses.Claimed => Pending,
        TaskStatuses.Completed when task.Action == ApproveAction => Approved,
        TaskStatuses.Completed when task.Action == ReturnAction => Returned,
        TaskStatuses.Completed => Done,
        _ => Closed,
    };
}

internal sealed class ListMilestonesHandler(SupervisionDbContext db, TaskAccess access, CurrentUserAccessor current, DbOrgDirectory directory, DeadlineClock deadlineClock)
    : IRequestHandler<ListMilestones, PageOf<MilestoneSummary>>
{
    public async ValueTask<PageOf<MilestoneSummary>> Handle(ListMilestones request, CancellationToken cancellationToken)
    {
        // A unit filter narrows to units the user sees, as on every list; another unit's is refused.
        if (request.UnitId is { Length: > 0 } unit)
            UnitScope.For(current.User, directory).Require(unit);
        var scope = await access.ScopeOfAsync(current.User, cancellationToken);
        var parts = TaskAccess.VisibleParts(db.Tasks.AsNoTracking().Where(t => t.Kind == MilestoneStatuses.Kind), scope)
            .Select(part => Filter(part, request).Select(t => t.Id))
            .Aggregate(Queryable.Concat);
        var query = db.Tasks.AsNoTracking().Where(t => parts.Contains(t.Id));
        var total = await query.CountAsync(cancellationToken);
        // Pending ones first, soonest due first; then decided ones, most recently decided first.
        var rows = await query
            .OrderBy(t => t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Claimed ? 0 : 1)
            .ThenBy(t => t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Claimed ? t.DueOn : null)
            .ThenByDescending(t => t.CompletedAt)
            .ThenBy(t => t.Id)
            .Skip(Paging.Skip(request.Page, request.PageSize)).Take(Paging.Size(request.PageSize))
            .ToListAsync(cancellationToken);
        var deadlines = deadlineClock.Today();
        var items = rows.Select(t => Summary(t, scope, deadlines, directory)).ToList();
        return new PageOf<MilestoneSummary>(items, total, Paging.Page(request.Page), Paging.Size(request.PageSize));
    }

    public static MilestoneSummary Summary(TaskRecord task, TaskAccess.Scope scope, TaskDeadlines deadlines, DbOrgDirectory directory)
    {
        var canAct = TaskAccess.CanAct(task, scope);
        var spec = HumanTaskSpec.FromJson(JsonNode.Parse(task.Spec));
        var status = MilestoneStatuses.Of(task);
        var decided = status is MilestoneStatuses.Approved or MilestoneStatuses.Returned or MilestoneStatuses.Done;
        var actsNow = canAct && status == MilestoneStatuses.Pending;
        // Deciding here completes the task with Approve or Return and no form: only the actions a step takes so are offered.
        IReadOnlyList<string> decisions = actsNow && !spec.Form.Any(f => f.Required)
            ? MilestoneStatuses.Decisions.Where(d => spec.Actions.Contains(d.Action)).Select(d => d.Decision).ToList()
            : [];
        return new MilestoneSummary(
            task.Id,
            spec.Data?["milestone"]?.GetValue<string>() ?? task.Title,
            task.Title,
            spec.Data?["milestoneEn"]?.GetValue<string>(),
            task.TitleEn,
            status,
            task.UnitId,
            directory.NameOf(task.UnitId, scope.User.PrefersEnglish),
            task.AssigneeRole,
            task.AssigneeUnitId,
            task.DueOn,
            TaskMapping.StateOf(task, deadlines).ToString(),
            decided ? task.CompletedBy : null,
            decided ? task.CompletedAt : null,
            decided ? task.Comment : null,
            task.InstanceId,
            task.PlanId,
            decisions.Count > 0,
            actsNow,
            decisions);
    }

    private IQueryable<TaskRecord> Filter(IQueryable<TaskRecord> query, ListMilestones request)
    {
        switch (request.Status)
        {
            case MilestoneStatuses.Pending:
                query = query.Where(t => t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Claimed);
                break;
            case MilestoneStatuses.Approved:
                query = query.Where(t => t.Status == TaskStatuses.Completed && t.Action == MilestoneStatuses.ApproveAction);
                break;
            case MilestoneStatuses.Returned:
                query = query.Where(t => t.Status == TaskStatuses.Completed && t.Action == MilestoneStatuses.ReturnAction);
                break;
            case MilestoneStatuses.Done:
                query = query.Where(t => t.Status == TaskStatuses.Completed && t.Action != MilestoneStatuses.ApproveAction && t.Action != MilestoneStatuses.ReturnAction);
                break;
            case MilestoneStatuses.Closed:
                query = query.Where(t => t.Status != TaskStatuses.Open && t.Status != TaskStatuses.Claimed && t.Status != TaskStatuses.Completed);
                break;
        }
        if (request.UnitId is { Length: > 0 } unit)
            query = TaskAccess.InUnitTree(query, directory, unit);
        if (request.PlanId is { Length: > 0 } plan)
            query = query.Where(t => t.PlanId == plan);
        return query;
    }
}

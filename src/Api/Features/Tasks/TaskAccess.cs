using Microsoft.EntityFrameworkCore;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks;

/// <summary>
/// Who sees and who acts on a task. Administrators, supervisors and viewers see every task; an officer sees
/// the tasks of their unit and its sub-units. A person acts on a task assigned to them by name, to a role they
/// hold in the task's unit (or a unit above it), or — for officers — to their unit or its sub-units.
/// </summary>
public sealed class TaskAccess(SupervisionDbContext db, DbOrgDirectory directory, TimeProvider clock)
{
    /// <summary>What one user may see and do, computed once per request.</summary>
    public sealed record Scope(CurrentUser User, IReadOnlySet<string>? VisibleUnits, IReadOnlySet<string> ActingPairs, IReadOnlySet<string> OfficerUnits)
    {
        public bool SeesEverything => VisibleUnits is null;
    }

    public async Task<Scope> ScopeOfAsync(CurrentUser user, CancellationToken cancellationToken)
    {
        var today = Domain.Calendar.WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var assignments = await db.RoleAssignments.AsNoTracking()
            .Join(db.Users.Where(u => u.UserName == user.UserName), a => a.UserId, u => u.Id, (a, _) => a)
            .Where(a => a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today))
            .ToListAsync(cancellationToken);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            foreach (var unit in directory.Subtree(assignment.UnitId))
                pairs.Add($"{assignment.Role}@{unit}");
        }
        var officerUnits = user.IsInRole(Roles.UnitOfficer) && user.UnitId is not null ? directory.Subtree(user.UnitId) : new HashSet<string>();
        var seesAll = user.IsAdmin || user.IsSupervisor || user.IsInRole(Roles.Viewer);
        return new Scope(user, seesAll ? null : officerUnits, pairs, officerUnits);
    }

    /// <summary>Tasks the user may see.</summary>
    public static IQueryable<TaskRecord> Visible(IQueryable<TaskRecord> tasks, Scope scope)
    {
        if (scope.SeesEverything)
            return tasks;
        var units = scope.VisibleUnits!.ToList();
        var userName = scope.User.UserName;
        return tasks.Where(t => t.AssigneeUser == userName || units.Contains(t.UnitId!) || units.Contains(t.AssigneeUnitId!));
    }

    /// <summary>Tasks the user may act on.</summary>
    public static IQueryable<TaskRecord> Actionable(IQueryable<TaskRecord> tasks, Scope scope)
    {
        var userName = scope.User.UserName;
        var pairs = scope.ActingPairs.ToList();
        var units = scope.OfficerUnits.ToList();
        return tasks.Where(t => t.AssigneeUser == userName
            || pairs.Contains(t.AssigneeRole + "@" + t.AssigneeUnitId)
            || (t.AssigneeUser == null && units.Contains(t.AssigneeUnitId!)));
    }

    public static bool CanSee(TaskRecord task, Scope scope) =>
        scope.SeesEverything || task.AssigneeUser == scope.User.UserName
        || (task.UnitId is not null && scope.VisibleUnits!.Contains(task.UnitId))
        || (task.AssigneeUnitId is not null && scope.VisibleUnits!.Contains(task.AssigneeUnitId));

    public static bool CanAct(TaskRecord task, Scope scope)
    {
        if (task.AssigneeUser is not null)
            return task.AssigneeUser == scope.User.UserName;
        if (task.AssigneeRole is not null && scope.ActingPairs.Contains($"{task.AssigneeRole}@{task.AssigneeUnitId}"))
            return true;
        if (task.AssigneeUnitId is not null && scope.OfficerUnits.Contains(task.AssigneeUnitId))
            return true;
        var spec = HumanTaskSpec.FromJson(System.Text.Json.Nodes.JsonNode.Parse(task.Spec));
        return spec.Assignee.CandidateUnitIds?.Any(scope.OfficerUnits.Contains) == true;
    }

    /// <summary>Loads a task the user may see, or throws 404/403.</summary>
    public async Task<(TaskRecord Task, Scope Scope)> LoadAsync(string taskId, CurrentUser user, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.Tasks : db.Tasks.AsNoTracking();
        var task = await query.FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException("Task", taskId);
        var scope = await ScopeOfAsync(user, cancellationToken);
        if (!CanSee(task, scope))
            throw new ForbiddenException("This task belongs to another unit.");
        return (task, scope);
    }
}

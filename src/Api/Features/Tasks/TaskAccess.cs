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
        // Built as plain column comparisons (role = r AND unit IN (...)) so the database can use its indexes.
        var task = System.Linq.Expressions.Expression.Parameter(typeof(TaskRecord), "t");
        var user = System.Linq.Expressions.Expression.Property(task, nameof(TaskRecord.AssigneeUser));
        var role = System.Linq.Expressions.Expression.Property(task, nameof(TaskRecord.AssigneeRole));
        var unit = System.Linq.Expressions.Expression.Property(task, nameof(TaskRecord.AssigneeUnitId));
        System.Linq.Expressions.Expression body = System.Linq.Expressions.Expression.Equal(user, System.Linq.Expressions.Expression.Constant(scope.User.UserName, typeof(string)));
        foreach (var byRole in scope.ActingPairs.Select(p => p.Split('@', 2)).GroupBy(p => p[0], p => p[1]))
        {
            var units = System.Linq.Expressions.Expression.Constant(byRole.ToList());
            var inUnits = System.Linq.Expressions.Expression.Call(units, typeof(List<string>).GetMethod(nameof(List<string>.Contains))!, unit);
            body = System.Linq.Expressions.Expression.OrElse(body, System.Linq.Expressions.Expression.AndAlso(
                System.Linq.Expressions.Expression.Equal(role, System.Linq.Expressions.Expression.Constant(byRole.Key, typeof(string))), inUnits));
        }
        if (scope.OfficerUnits.Count > 0)
        {
            var units = System.Linq.Expressions.Expression.Constant(scope.OfficerUnits.ToList());
            var inUnits = System.Linq.Expressions.Expression.Call(units, typeof(List<string>).GetMethod(nameof(List<string>.Contains))!, unit);
            body = System.Linq.Expressions.Expression.OrElse(body, System.Linq.Expressions.Expression.AndAlso(
                System.Linq.Expressions.Expression.Equal(user, System.Linq.Expressions.Expression.Constant(null, typeof(string))), inUnits));
        }
        return tasks.Where(System.Linq.Expressions.Expression.Lambda<Func<TaskRecord, bool>>(body, task));
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

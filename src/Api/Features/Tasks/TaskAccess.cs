using System.Text.Json;
using System.Text.Json.Nodes;
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

    /// <summary>
    /// Tasks the user may see, as disjoint parts: the task's assignee unit in the visible set; else its own unit in
    /// it; else assigned to the user by name. Each part is a plain conjunction one index serves, where the single
    /// OR across three columns would make the database read the whole table.
    /// </summary>
    public static IReadOnlyList<IQueryable<TaskRecord>> VisibleParts(IQueryable<TaskRecord> tasks, Scope scope)
    {
        if (scope.SeesEverything)
            return [tasks];
        var units = scope.VisibleUnits!.ToList();
        var userName = scope.User.UserName;
        return
        [
            tasks.Where(t => units.Contains(t.AssigneeUnitId!)),
            tasks.Where(t => units.Contains(t.UnitId!) && (t.AssigneeUnitId == null || !units.Contains(t.AssigneeUnitId))),
            tasks.Where(t => t.AssigneeUser == userName && (t.AssigneeUnitId == null || !units.Contains(t.AssigneeUnitId))
                && (t.UnitId == null || !units.Contains(t.UnitId))),
        ];
    }

    /// <summary>
    /// Tasks the user may act on (as <see cref="CanAct"/> decides, less candidate units named only in the spec), as
    /// disjoint parts each served by one index: assigned to the user by name; unassigned to a person and in one of
    /// the officer's units; unassigned to a person, for a role the user holds, in a unit where they hold it.
    /// </summary>
    public static IReadOnlyList<IQueryable<TaskRecord>> ActionableParts(IQueryable<TaskRecord> tasks, Scope scope)
    {
        var userName = scope.User.UserName;
        var parts = new List<IQueryable<TaskRecord>> { tasks.Where(t => t.AssigneeUser == userName) };
        var officerUnits = scope.OfficerUnits.ToList();
        if (officerUnits.Count > 0)
            parts.Add(tasks.Where(t => t.AssigneeUser == null && officerUnits.Contains(t.AssigneeUnitId!)));
        foreach (var byRole in scope.ActingPairs.Select(p => p.Split('@', 2)).GroupBy(p => p[0], p => p[1]))
        {
            var role = byRole.Key;
            var units = byRole.Where(unit => !scope.OfficerUnits.Contains(unit)).ToList();
            if (units.Count > 0)
                parts.Add(tasks.Where(t => t.AssigneeUser == null && t.AssigneeRole == role && units.Contains(t.AssigneeUnitId!)));
        }
        return parts;
    }

    /// <summary>Tasks of a unit or a unit under it, by the task's unit or its assignee's (the inbox's unit filter).</summary>
    public static IQueryable<TaskRecord> InUnitTree(IQueryable<TaskRecord> tasks, DbOrgDirectory directory, string unitId)
    {
        var units = directory.Subtree(unitId).ToList();
        return tasks.Where(t => units.Contains(t.UnitId!) || units.Contains(t.AssigneeUnitId!));
    }

    public static bool CanSee(TaskRecord task, Scope scope) =>
        task.AssigneeUser == scope.User.UserName || InVisibleUnits(task, scope);

    /// <summary>They see everything, or the task's unit or its assignee's unit is among the units they see.</summary>
    private static bool InVisibleUnits(TaskRecord task, Scope scope) =>
        scope.SeesEverything
        || (task.UnitId is not null && scope.VisibleUnits!.Contains(task.UnitId))
        || (task.AssigneeUnitId is not null && scope.VisibleUnits!.Contains(task.AssigneeUnitId));

    /// <summary>
    /// Whether the task lies within the user's reach without being named on it: they see everything, its unit or its
    /// assignee's unit is theirs or under it, or they hold a unit role there (or in a unit above it). A task may only be
    /// handed by name to someone it reaches: naming them alone would open another unit's work to them.
    /// </summary>
    public static bool Reaches(TaskRecord task, Scope scope) =>
        InVisibleUnits(task, scope) || scope.ActingPairs.Any(pair => HoldsIn(pair, task.UnitId) || HoldsIn(pair, task.AssigneeUnitId));

    // An acting pair is "Role@unit" (ScopeOfAsync).
    private static bool HoldsIn(string actingPair, string? unitId) =>
        unitId is not null && actingPair.EndsWith($"@{unitId}", StringComparison.Ordinal);

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

    /// <summary>Whether an account's system roles let it act on tasks at all (the <see cref="Policies.Work"/> policy).</summary>
    public static bool Works(UserRecord user) => user.RoleList().Any(Roles.Workers.Contains);

    /// <summary>The task as it would be once given to <paramref name="assignee"/>: its row and its spec, as the projection writes them.</summary>
    public static TaskRecord HandedTo(TaskRecord task, TaskAssignee assignee)
    {
        var spec = JsonNode.Parse(task.Spec) as JsonObject ?? [];
        spec["assignee"] = JsonSerializer.SerializeToNode(assignee, HumanTaskSpec.JsonOptions);
        return new TaskRecord
        {
            Id = task.Id,
            UnitId = task.UnitId,
            AssigneeUser = assignee.UserName,
            AssigneeRole = assignee.Role,
            AssigneeUnitId = assignee.UnitId ?? task.UnitId,
            Spec = spec.ToJsonString(),
        };
    }

    /// <summary>
    /// Whether an enabled account could take the task: its roles let it act on tasks, it sees the task and
    /// <see cref="CanAct"/> lets it act, with the role assignments in force today. A task given to the account by name
    /// must also be within its reach otherwise (<see cref="Reaches"/>): being named does not count as seeing it.
    /// </summary>
    public async Task<bool> CouldActAsync(UserRecord user, TaskRecord task, CancellationToken cancellationToken)
    {
        if (user.IsDisabled || !Works(user))
            return false;
        var scope = await ScopeOfAsync(Of(user), cancellationToken);
        var sees = task.AssigneeUser == user.UserName ? Reaches(task, scope) : CanSee(task, scope);
        return sees && CanAct(task, scope);
    }

    /// <summary>Whether the task lies within the account's reach without being named on it (<see cref="Reaches"/>), with the role assignments in force today.</summary>
    public async Task<bool> ReachesAsync(UserRecord user, TaskRecord task, CancellationToken cancellationToken) =>
        Reaches(task, await ScopeOfAsync(Of(user), cancellationToken));

    private static CurrentUser Of(UserRecord user) => new(user.UserName, user.DisplayName, user.RoleList(), user.UnitId, user.Locale);

    /// <summary>
    /// Whether anyone could take a task given to a role (or a unit): some enabled account that holds the role today,
    /// or an officer, for whom <see cref="CouldActAsync"/> holds.
    /// </summary>
    public async Task<bool> AnyoneCouldActAsync(TaskRecord task, CancellationToken cancellationToken)
    {
        var today = Domain.Calendar.WorkCalendar.ToLocalDate(clock.GetUtcNow());
        var holders = task.AssigneeRole is null
            ? []
            : await db.RoleAssignments.AsNoTracking()
                .Where(a => a.Role == task.AssigneeRole && a.ValidFrom <= today && (a.ValidTo == null || a.ValidTo >= today))
                .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && (holders.Contains(u.Id) || (u.UnitId != null && u.Roles.Contains(Roles.UnitOfficer))))
            .OrderBy(u => u.UserName)
            .ToListAsync(cancellationToken);
        // Holders of the role first: the officers of the unit are the fallback CanAct allows. An officer is only worth
        // asking about when the task's unit is theirs or under it; CouldActAsync decides for everyone asked.
        var unit = task.AssigneeUnitId;
        var holding = holders.ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in candidates.OrderBy(u => holding.Contains(u.Id) ? 0 : 1))
        {
            if (!holding.Contains(candidate.Id) && (unit is null || !directory.Subtree(candidate.UnitId!).Contains(unit)))
                continue;
            if (await CouldActAsync(candidate, task, cancellationToken))
                return true;
        }
        return false;
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

using Supervision.Workflows.Scheduling;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Features.Tasks;
using Supervision.Api.Infrastructure;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Definitions;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Expressions;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Runtime;

namespace Supervision.Api.Features.WorkflowInstances;

/// <summary>An instance's status columns and the definition it runs.</summary>
public sealed record InstanceSummaryResponse(
    string Id,
    string DefinitionId,
    string? DefinitionName,
    int Version,
    string VersionId,
    WorkflowStatus Status,
    string? CorrelationId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FinishedAt);

/// <summary>What the instance viewer shows.</summary>
/// <param name="Activities">Every activity of the definition with its state: <c>Done</c>, <c>Waiting</c>, <c>Faulted</c> or <c>NotReached</c>.</param>
/// <param name="Tasks">The human tasks the instance opened (an officer sees those of their units only).</param>
/// <param name="WholeInstance">
/// Whether the caller reads the whole instance: its journal, incidents, input and variables. False for an officer, who reads
/// the progress and the tasks of their units only (the rest comes empty, and the journal is refused).
/// </param>
public sealed record InstanceResponse(
    InstanceSummaryResponse Summary,
    JsonObject Input,
    JsonObject Output,
    JsonObject Variables,
    IReadOnlyList<BookmarkResponse> Bookmarks,
    IReadOnlyList<IncidentResponse> Incidents,
    IReadOnlyList<ActivityStateResponse> Activities,
    IReadOnlyList<InstanceTaskResponse> Tasks,
    bool WholeInstance);

public sealed record BookmarkResponse(string Id, string Name, string ActivityId, string? ActivityName, string ActivityType, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);

/// <param name="StackTrace">Shown to administrators only.</param>
public sealed record IncidentResponse(string Id, string ActivityId, string ActivityType, string Message, string? ExceptionType, string? StackTrace, DateTimeOffset At, DateTimeOffset? ResolvedAt);

public sealed record ActivityStateResponse(string ActivityId, string? Name, string Type, string State, int Completions);

/// <param name="TitleEn">The title in English when the workflow gave one (the web app shows it to English readers).</param>
/// <param name="CanOpen">Whether the caller may open the task (the task page's own rule, <see cref="TaskAccess.CanSee"/>).</param>
public sealed record InstanceTaskResponse(
    string Id,
    string ActivityId,
    string Title,
    string? TitleEn,
    string Status,
    string? UnitId,
    string? AssigneeUser,
    string? AssigneeRole,
    DateOnly? DueOn,
    DeadlineState? DeadlineState,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    bool CanOpen);

/// <summary>The states of <see cref="ActivityStateResponse.State"/>.</summary>
public static class ActivityStates
{
    public const string Done = "Done";
    public const string Waiting = "Waiting";
    public const string Faulted = "Faulted";
    public const string NotReached = "NotReached";
}

/// <summary>Builds instance views and applies the unit scope of officers to them.</summary>
internal sealed class InstanceViews(
    SupervisionDbContext db,
    IWorkflowRuntime runtime,
    WorkflowDefinitionStore store,
    CurrentUserAccessor current,
    DbOrgDirectory directory,
    DeadlineClock deadlineClock,
    TaskAccess taskAccess)
{
    public UnitScope Scope() => UnitScope.For(current.User, directory);

    /// <summary>
    /// 404 when the instance does not exist; 403 when an officer has no task of their units in it, or asks for what
    /// records every unit's work (<paramref name="wholeInstance"/>: the journal carries each unit's comments).
    /// </summary>
    public async Task EnsureVisibleAsync(string instanceId, CancellationToken cancellationToken, bool wholeInstance = false)
    {
        if (!await db.Instances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            throw new NotFoundException("Workflow instance", instanceId);
        var scope = Scope();
        if (wholeInstance && !scope.IsUnrestricted)
            throw new ForbiddenException("The journal records the work of every unit; supervisors, viewers and administrators read it.");
        if (scope.Units is { } units && !await db.Tasks.AnyAsync(t => t.InstanceId == instanceId && t.UnitId != null && units.Contains(t.UnitId), cancellationToken))
            throw new ForbiddenException($"Workflow instance '{instanceId}' has no work of your unit.");
    }

    public async Task<InstanceResponse> GetAsync(string instanceId, CancellationToken cancellationToken)
    {
        await EnsureVisibleAsync(instanceId, cancellationToken);
        var view = await runtime.GetInstanceAsync(instanceId, cancellationToken) ?? throw new NotFoundException("Workflow instance", instanceId);
        var definition = (await store.GetByVersionIdAsync(view.Summary.DefinitionVersionId, cancellationToken))?.Definition;
        var state = view.State;
        var names = definition?.AllActivities().ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal) ?? [];

        var faulted = state.Incidents.Where(i => i.ResolvedAt is null).Select(i => i.ActivityId).ToHashSet(StringComparer.Ordinal);
        var waiting = view.Bookmarks.Select(b => b.ActivityId).Concat(state.Queue.Select(q => q.ActivityId)).Concat(state.ActiveScopes).ToHashSet(StringComparer.Ordinal);
        var activities = (definition?.AllActivities().Where(a => a != definition.Root) ?? [])
            .Select(a =>
            {
                var completions = state.Completions.GetValueOrDefault(a.Id);
                var activityState = faulted.Contains(a.Id) ? ActivityStates.Faulted
                    : waiting.Contains(a.Id) ? ActivityStates.Waiting
                    : completions > 0 ? ActivityStates.Done
                    : ActivityStates.NotReached;
                return new ActivityStateResponse(a.Id, a.Name, a.Type, activityState, completions);
            })
            .ToList();

        var scope = Scope();
        var deadlines = deadlineClock.Today();
        var taskRows = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        // A designer sees the instance but opens only the tasks the task page would show them.
        var taskScope = await taskAccess.ScopeOfAsync(current.User, cancellationToken);
        var tasks = taskRows
            .Where(t => scope.Contains(t.UnitId))
            .Select(t => new InstanceTaskResponse(t.Id, t.ActivityId, t.Title, t.TitleEn, t.Status, t.UnitId, t.AssigneeUser, t.AssigneeRole, t.DueOn,
                deadlines.Of(t.Status, t.DueOn, t.CompletedLate, t.CompletedAt), t.CreatedAt, t.CompletedAt, TaskAccess.CanSee(t, taskScope)))
            .ToList();
        // An officer sees the bookmarks of their own tasks only: the others name other units' work.
        var visibleTaskIds = tasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var allTaskIds = taskRows.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var bookmarks = view.Bookmarks
            .Where(b => scope.IsUnrestricted || !allTaskIds.Contains(b.Id) || visibleTaskIds.Contains(b.Id))
            .Select(b => new BookmarkResponse(b.Id, b.Name, b.ActivityId, names.GetValueOrDefault(b.ActivityId), b.ActivityType, b.CreatedAt, b.DueAt))
            .ToList();

        var summary = Summary(view.Summary, current.User.PrefersEnglish ? definition?.NameEn ?? definition?.Name : definition?.Name);
        if (!scope.IsUnrestricted)
        {
            // Variables, outputs and incident messages can hold other units' submissions: an officer sees the
            // progress and their own tasks only.
            return new InstanceResponse(summary, [], [], [], bookmarks, [], activities, tasks, WholeInstance: false);
        }

        var isAdmin = current.User.IsAdmin;
        var incidents = state.Incidents
            .Select(i => new IncidentResponse(i.Id, i.ActivityId, i.ActivityType, i.Message, i.ExceptionType, isAdmin ? i.StackTrace : null, i.At, i.ResolvedAt))
            .ToList();

        var variableNames = definition?.Variables.ToDictionary(v => v.Id, v => v.Name, StringComparer.Ordinal) ?? [];
        var variables = new JsonObject();
        foreach (var (id, value) in state.Variables)
            variables[variableNames.GetValueOrDefault(id) ?? id] = ValueConverter.ToJson(value);

        return new InstanceResponse(summary, ToObject(state.Input), ToObject(state.Output), variables, bookmarks, incidents, activities, tasks, WholeInstance: true);
    }

    public static InstanceSummaryResponse Summary(InstanceSummary s, string? definitionName) =>
        new(s.Id, s.DefinitionId, definitionName, s.DefinitionVersion, s.DefinitionVersionId, s.Status, s.CorrelationId, s.CreatedAt, s.UpdatedAt, s.FinishedAt);

    private static JsonObject ToObject(Dictionary<string, object?> values)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values)
            result[key] = ValueConverter.ToJson(value);
        return result;
    }
}

using System.Text.Json.Nodes;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Calendar;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Tasks;

/// <summary>A task in a list: its deadline state as a key, a colour and an icon (never colour alone).</summary>
/// <param name="TitleEn">The title in English when the workflow gave one (the web app shows it to English readers).</param>
public sealed record TaskSummary(
    string Id,
    string Title,
    string? TitleEn,
    string Kind,
    string? Stage,
    string Status,
    string? UnitId,
    string? UnitName,
    string? AssigneeUser,
    string? AssigneeRole,
    string? AssigneeUnitId,
    string? ClaimedBy,
    DateOnly? DueOn,
    string DeadlineState,
    string Colour,
    string Icon,
    string InstanceId,
    string DefinitionId,
    string? PlanId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    bool CanAct,
    int EscalationLevel,
    bool FlaggedForCommittee);

/// <summary>A task with its form, actions and history.</summary>
/// <param name="Data">What the workflow keeps on the task, bookkeeping included (kept for clients that read it).</param>
/// <param name="Submission">The work this task is about, as a person reads it (a unit's submission under review), if any.</param>
/// <param name="Units">The units the task names (its own, its assignee's, and those its data names: who assigned it, where a report
/// goes, a meeting's participants) with their names, so a reader who does not see those units can still read who they are.</param>
/// <param name="Returned">For a unit's work given back by its reviewer: who returned it, when, why, and the work that was returned.</param>
public sealed record TaskDetail(
    TaskSummary Task,
    string? Description,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> CommentRequiredFor,
    IReadOnlyList<FormField> Form,
    JsonObject? Data,
    string? Action,
    string? Comment,
    string? CompletedBy,
    IReadOnlyList<TaskHistoryEntry> History,
    TaskSubmission? Submission,
    IReadOnlyList<UnitRef> Units,
    TaskReturn? Returned = null);

/// <summary>Why a unit's work came back: the reviewer, when, their reason, and the work as it was sent.</summary>
public sealed record TaskReturn(string? By, DateTimeOffset? At, string? Comment, TaskSubmission? Work);

/// <summary>Work handed in by an earlier task: who sent it, when, their comment and the fields of the form they filled in.</summary>
public sealed record TaskSubmission(string? Actor, DateTimeOffset? At, string? Action, string? Comment, IReadOnlyList<SubmittedField> Fields);

/// <summary>One field sent, labelled as the form that asked for it labels it (its name, for a field the form does not name).</summary>
/// <param name="OptionLabels">For a <c>select</c>, what each value reads as (the form's <see cref="FormField.OptionLabels"/>).</param>
public sealed record SubmittedField(string Name, string LabelVi, string LabelEn, string Type, JsonNode? Value,
    IReadOnlyDictionary<string, FormOptionLabel>? OptionLabels = null);

public sealed record TaskHistoryEntry(DateTimeOffset At, string Event, string? Actor, string? Message);

internal static class TaskMapping
{
    private static readonly Dictionary<DeadlineState, string> Icons = new()
    {
        [DeadlineState.NotStarted] = "circle-dashed",
        [DeadlineState.OnTrack] = "clock",
        [DeadlineState.DueSoon] = "alarm",
        [DeadlineState.OverdueOpen] = "alert-triangle",
        [DeadlineState.DoneOnTime] = "check-circle",
        [DeadlineState.DoneLate] = "check-circle-late",
        [DeadlineState.NoDeadline] = "minus-circle",
    };

    public static DeadlineState StateOf(TaskRecord task, TaskDeadlines deadlines) => deadlines.Shown(task.Status, task.DueOn, task.CompletedLate, task.CompletedAt);

    /// <summary>A task as the reader sees it: its unit named in the reader's language, whether they may act on it.</summary>
    public static TaskSummary Summary(TaskRecord task, TaskDeadlines deadlines, DbOrgDirectory directory, TaskAccess.Scope scope)
    {
        var state = StateOf(task, deadlines);
        var canAct = TaskAccess.CanAct(task, scope);
        return new TaskSummary(task.Id, task.Title, task.TitleEn, task.Kind, task.Stage, task.Status, task.UnitId, directory.NameOf(task.UnitId, scope.User.PrefersEnglish), task.AssigneeUser, task.AssigneeRole,
            task.AssigneeUnitId, task.ClaimedBy, task.DueOn, state.ToString(), state.ColourKey(), Icons[state], task.InstanceId, task.DefinitionId, task.PlanId,
            task.CreatedAt, task.CompletedAt, canAct && task.Status is TaskStatuses.Open or TaskStatuses.Claimed, task.EscalationLevel, task.FlaggedForCommittee);
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Supervision.Domain.Common;
using Supervision.Domain.Documents;
using Supervision.Domain.Planning;
using Supervision.Workflows.Activities.Cycle;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Workflows.Runtime;

// Plans and the work tasks AssignTasks hands out, as domain records.
public sealed partial class DomainProjector
{
    // ---- Plans -------------------------------------------------------------------------------------

    /// <summary>
    /// The first step that names a plan (its <c>plan</c> input, which every unit task carries as <c>tasks.plan_id</c>)
    /// records the plan: owned by the unit that assigns or reviews the work, for the year its key names (else the year
    /// the work is due), issued as the KH document the step numbers, active from then on. Several instances may serve
    /// one plan; the row is the first one's, and is closed when that one finishes or is cancelled.
    /// </summary>
    private void ProjectPlan(Burst burst, JournalEntry started)
    {
        var tasks = burst.UnitTasksOpenedBy(started.ActivityId!);
        if (tasks.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.PlanId)) is not { } first)
            return;
        var key = first.PlanId!.Trim();
        var id = DomainKeys.Plan(key);
        if (burst.PlanExists(id))
            return;
        var data = first.Data ?? new JsonObject();
        var owner = Text(data["assignerUnitId"]) ?? Text(data["recipientUnitId"])
            ?? CommonParent(tasks.Select(t => t.UnitId!).Distinct(StringComparer.Ordinal).ToList())
            ?? throw new DomainException("The plan's steps name no assigning unit and its units have no common parent to own it.");
        var at = JournalChain.Normalize(started.At);
        // The year the key names (KH-KG-2026, KH-12/2026), else the year the work is due.
        var year = YearIn(key) ?? (first.DueOn ?? WorkCalendarDate(at)).Year;
        // A guidance given as a title names the plan; one given as a document number does not.
        var guidance = Text(data["guidance"]);
        var titled = guidance is not null && !DocumentSymbol.TryParse(guidance, out _);
        var title = titled ? guidance! : key;
        var plan = Plan.Create(title, titled ? Text(data["guidanceEn"]) : null, DomainKeys.OrgUnit(owner), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), at, year,
            id: id);
        // The KH document that issued the plan, when the step gives its number.
        var document = Text(data["planDocument"]) is { } symbol
            ? IssuedDocument(burst, DocType.Plan, symbol, title, owner, burst.UserId(started.Actor), at)
            : null;
        plan.Activate(document?.Id, at);
        burst.Add(plan, PlanKeyPrefix + key);
    }

    private static int? YearIn(string key)
    {
        var years = YearPattern().Matches(key);
        return years.Count == 1 ? int.Parse(years[0].Value, CultureInfo.InvariantCulture) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)20\d{2}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    internal const string PlanKeyPrefix = "plan:";

    /// <summary>The plan key a plan row was recorded for, read from the row's event key.</summary>
    public static string? PlanKey(string? eventKey) =>
        eventKey is { Length: > 5 } key && key.StartsWith(PlanKeyPrefix, StringComparison.Ordinal) ? key[PlanKeyPrefix.Length..] : null;

    /// <summary>The instance that recorded a plan has finished, or was cancelled: the plan's work is over.</summary>
    private static void ClosePlans(Burst burst, JournalEntry finished)
    {
        var instanceId = burst.InstanceId;
        var plans = burst.Db.Plans.Local.Where(p => burst.Db.Entry(p).Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue == instanceId).ToList();
        plans.AddRange(burst.Db.Plans.Where(p => EF.Property<string?>(p, DomainMapping.WorkflowInstanceId) == instanceId).AsEnumerable().Where(p => !plans.Contains(p)));
        foreach (var plan in plans.Where(p => p.Status == PlanStatus.Active))
            plan.Close(JournalChain.Normalize(finished.At));
    }

    // ---- AssignTasks: work tasks -------------------------------------------------------------------

    private const string WorkTaskKeyPrefix = "work-task:";

    private static string WorkTaskKey(string activityId, string unitId) => $"{WorkTaskKeyPrefix}{activityId}/{unitId}@";

    /// <summary>
    /// Each unit's piece of work an <c>AssignTasks</c> run hands out is a work task (nhiệm vụ), assigned when its task
    /// opens; a return reopens the same work task, a new run of the step assigns a new one. A task withdrawn from the
    /// unit, or left open when the instance is cancelled, is cancelled.
    /// </summary>
    private void ProjectWorkTaskChanges(Burst burst)
    {
        var completed = burst.Result.Journal
            .Where(j => j.Event == HumanJournalEvents.TaskCompleted)
            .Select(j => Text(j.Data?["bookmarkId"]))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var cancelled = burst.Result.Journal.Any(j => j.Event == JournalEvents.WorkflowCancelled);
        foreach (var bookmark in burst.Result.RemovedBookmarks.Where(b => b.ActivityType == AssignTasks.TypeKey && b.Name == HumanTaskSpec.BookmarkName))
        {
            if (completed.Contains(bookmark.Id) || burst.Result.CreatedBookmarks.Any(b => b.Id == bookmark.Id))
                continue;
            var spec = HumanTaskSpec.FromJson(bookmark.Payload);
            var at = JournalChain.Normalize(burst.Result.State.UpdatedAt);
            Guarded(burst.InstanceId, bookmark.ActivityType, bookmark.ActivityId, () =>
            {
                if (spec.UnitId is not null && burst.CurrentWorkTask(bookmark.ActivityId, spec.UnitId) is { IsOpen: true } work)
                    work.Cancel(DomainKeys.Actor(null), cancelled ? "Quy trình đã bị hủy." : "Đơn vị được rút khỏi nhiệm vụ.", at);
            });
        }
        foreach (var bookmark in burst.Result.CreatedBookmarks.Where(b => b.ActivityType == Remediate.TypeKey && b.Name == HumanTaskSpec.BookmarkName))
        {
            var spec = HumanTaskSpec.FromJson(bookmark.Payload);
            if (spec.Stage == RemediationReportStage)
                Guarded(burst.InstanceId, bookmark.ActivityType, bookmark.ActivityId, () => OpenRemediation(burst, spec, JournalChain.Normalize(burst.Result.State.UpdatedAt)));
        }
        foreach (var bookmark in burst.Result.CreatedBookmarks.Where(b => b.ActivityType == AssignTasks.TypeKey && b.Name == HumanTaskSpec.BookmarkName))
        {
            var spec = HumanTaskSpec.FromJson(bookmark.Payload);
            if (spec.Stage != WorkStage || spec.UnitId is null)
                continue;
            var at = JournalChain.Normalize(burst.Result.State.UpdatedAt);
            Guarded(burst.InstanceId, bookmark.ActivityType, bookmark.ActivityId, () => AssignWorkTask(burst, bookmark, spec, at));
        }
    }

    private void AssignWorkTask(Burst burst, Bookmark bookmark, HumanTaskSpec spec, DateTimeOffset at)
    {
        // A returned piece of work comes back as a new task of the same work task.
        if (burst.CurrentWorkTask(bookmark.ActivityId, spec.UnitId!) is { IsOpen: true })
            return;
        var data = spec.Data ?? new JsonObject();
        var assigner = Text(data["assignerUnitId"]) ?? CommonParent([spec.UnitId!])
            ?? throw new DomainException("The work names no assigning unit and the unit has no parent to assign it.");
        var planKey = string.IsNullOrWhiteSpace(spec.PlanId) ? null : spec.PlanId.Trim();
        var code = $"{planKey ?? bookmark.ActivityId}/{spec.UnitId}";
        var work = WorkTask.Create(
            code.Length <= 64 ? code : code[..64],
            spec.Title,
            spec.TitleEn,
            DomainKeys.OrgUnit(assigner),
            DomainKeys.OrgUnit(spec.UnitId!),
            [],
            spec.DueOn is null ? WorkTaskKind.Continuous : WorkTaskKind.OneOff,
            WorkCalendarDate(at),
            spec.DueOn,
            at,
            planId: planKey is not null && burst.PlanExists(DomainKeys.Plan(planKey)) ? DomainKeys.Plan(planKey) : null,
            expectedOutput: spec.Description);
        work.Assign(null, at);
        burst.Add(work, WorkTaskKey(bookmark.ActivityId, spec.UnitId!) + bookmark.Id);
    }

    /// <summary>A unit hands in its work (accepted and done at once: the engine has no separate acceptance), or the reviewer decides on it.</summary>
    private static void ProjectWorkTaskStep(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        if (burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId) is not { } task)
            return;
        var spec = HumanTaskSpec.FromJson(task.Payload);
        if (spec.UnitId is null || burst.CurrentWorkTask(completed.ActivityId!, spec.UnitId) is not { } work)
            return;
        var action = Text(completed.Data!["action"]);
        var at = JournalChain.Normalize(completed.At);
        var by = burst.UserId(completed.Actor ?? Text(completed.Data["actor"]));
        var comment = Text(completed.Data["comment"]);
        if (spec.Stage == ReviewStage)
        {
            if (work.Status != WorkTaskStatus.Submitted)
                return;
            if (action == "Return")
                work.Return(by, comment ?? "", at);
            else
                work.Approve(by, comment, at);
            return;
        }
        if (action == HumanTaskSpec.TimeoutAction)
        {
            if (work.IsOpen)
                work.Cancel(DomainKeys.Actor(null), "Hết thời hạn, quy trình đóng nhiệm vụ.", at);
            return;
        }
        if (work.Status == WorkTaskStatus.Returned)
        {
            work.Resubmit(by, at);
        }
        else if (work.Status == WorkTaskStatus.Assigned)
        {
            work.Accept(by, at);
            work.Start(at);
            work.Submit(by, at);
        }
        else
        {
            return;
        }
        // Without a reviewer the hand-in is the end of the work.
        var reviewed = burst.Result.CreatedBookmarks.Any(b => b.ActivityId == completed.ActivityId && b.Name == HumanTaskSpec.BookmarkName
            && HumanTaskSpec.FromJson(b.Payload) is { Stage: ReviewStage } review && review.UnitId == spec.UnitId);
        if (!reviewed)
            work.Approve(DomainKeys.Actor(null), null, at);
    }

    /// <summary>The due date of a unit's open task moved: its work task's moves with it.</summary>
    private static void ProjectDueDateChange(Burst burst, JournalEntry changed)
    {
        if (burst.Result.State.FindBookmark(Text(changed.Data?["bookmarkId"]) ?? "") is not { } task || HumanTaskSpec.FromJson(task.Payload) is not { DueOn: { } dueOn } spec)
            return;
        RecordDueDateChange(burst.Db, burst.InstanceId, task.ActivityId, task.ActivityType, spec, dueOn, Text(changed.Data!["reason"]),
            changed.Actor, JournalChain.Normalize(changed.At));
    }

    /// <summary>
    /// Moves the due date of the work task behind an open unit task, in the caller's transaction; a work task that
    /// refuses the move (closed, or without a due date) keeps its date.
    /// </summary>
    private static void RecordDueDateChange(SupervisionDbContext db, string instanceId, string activityId, string? activityType, HumanTaskSpec spec,
        DateOnly dueOn, string? reason, string? actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(spec);
        if (activityType != AssignTasks.TypeKey || spec.Stage != WorkStage || spec.UnitId is null)
            return;
        if (CurrentWorkTask(db, instanceId, activityId, spec.UnitId) is not { IsOpen: true, DueOn: { } due } work || due == dueOn)
            return;
        try
        {
            var by = actor is not null && db.Users.AsNoTracking().Where(u => u.UserName == actor).Select(u => u.Id).FirstOrDefault() is { } userId
                ? DomainKeys.User(userId)
                : DomainKeys.Actor(actor);
            work.ChangeDueDate(dueOn, string.IsNullOrWhiteSpace(reason) ? "Điều chỉnh thời hạn." : reason, by, at);
        }
        catch (DomainException)
        {
            // The task list moved; the work task's own rules keep its date.
        }
    }

    /// <summary>The work task of the unit's latest assignment by the activity in the instance (staged or stored).</summary>
    private static WorkTask? CurrentWorkTask(SupervisionDbContext db, string instanceId, string activityId, string unitId)
    {
        var prefix = WorkTaskKey(activityId, unitId);
        // Loading them tracks them, so the staged and the stored ones are all in the change tracker after this.
        _ = db.WorkTasks.Where(w => EF.Property<string?>(w, DomainMapping.WorkflowInstanceId) == instanceId
            && EF.Property<string?>(w, DomainMapping.WorkflowEventKey)!.StartsWith(prefix)).ToList();
        return db.ChangeTracker.Entries<WorkTask>()
            .Where(e => e.Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue == instanceId
                && e.Property<string?>(DomainMapping.WorkflowEventKey).CurrentValue is { } key && key.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => e.Entity)
            .OrderByDescending(w => w.AssignedAt)
            .ThenByDescending(w => w.Id)
            .FirstOrDefault();
    }
}

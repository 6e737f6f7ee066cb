using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Supervision.Domain.Common;
using Supervision.Domain.Documents;
using Supervision.Domain.Evaluations;
using Supervision.Domain.Inspections;
using Supervision.Domain.Planning;
using Supervision.Domain.Urging;
using Supervision.Workflows.Activities.Cycle;
using Supervision.Workflows.Execution;
using Supervision.Workflows.Human;
using Supervision.Workflows.Persistence;
using Supervision.Workflows.Persistence.Domain;

namespace Supervision.Workflows.Runtime;

/// <summary>
/// Records what the supervision activities did as domain records, in the burst's transaction: an urge notice per
/// <c>Urge</c> run, a reporting obligation per <c>SubmitReport</c> run with a submission per unit that follows its
/// reviews, the plan a step names, a work task per unit an <c>AssignTasks</c> run gives work to (following hand-in,
/// review, withdrawal and due-date moves), an evaluation per unit whose rating <c>Evaluate</c> approved, an
/// inspection with its findings once <c>Inspect</c> concludes, and its remediation actions as <c>Remediate</c>
/// follows them up (closing the inspection once every fix is verified). The records are built through the aggregates' own methods, so the domain's rules hold
/// for them; a record a rule refuses is left out (and logged) rather than stopping the workflow. Each record
/// carries the instance and the event it stands for, so a burst projected again writes nothing twice.
/// </summary>
public sealed partial class DomainProjector(ILogger<DomainProjector>? logger = null, IOrgDirectory? directory = null) : IBurstProjector
{
    private const string WorkStage = "Work";
    private const string ReviewStage = "Review";

    public void Project(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Journal.Any(j => j.ActivityType is Urge.TypeKey or SubmitReport.TypeKey or AssignTasks.TypeKey or Evaluate.TypeKey or Inspect.TypeKey or Remediate.TypeKey
                || j.Event is JournalEvents.WorkflowFinished or JournalEvents.WorkflowCancelled))
            return;

        var burst = new Burst(db, instance, result);
        // The runtime stages the journal before projecting: the burst's entries end at the instance's sequence.
        var firstSequence = instance.JournalSequence - result.Journal.Count + 1;
        for (var i = 0; i < result.Journal.Count; i++)
        {
            var entry = result.Journal[i];
            var sequence = firstSequence + i;
            if (entry.Event == JournalEvents.ActivityStarted && entry.ActivityType is AssignTasks.TypeKey or SubmitReport.TypeKey)
                Guarded(instance.Id, entry.ActivityType ?? entry.Event, entry.ActivityId, () => ProjectPlan(burst, entry));
            Guarded(instance.Id, entry.ActivityType ?? entry.Event, entry.ActivityId, () =>
            {
                switch (entry.ActivityType, entry.Event)
                {
                    case (Urge.TypeKey, HumanJournalEvents.NotificationQueued):
                        ProjectUrge(burst, entry, sequence);
                        break;
                    case (SubmitReport.TypeKey, JournalEvents.ActivityStarted):
                        ProjectObligation(burst, entry, sequence);
                        break;
                    case (SubmitReport.TypeKey, HumanJournalEvents.TaskCompleted):
                        ProjectSubmission(burst, entry);
                        break;
                    case (Evaluate.TypeKey, HumanJournalEvents.TaskCompleted):
                        ProjectEvaluation(burst, entry);
                        break;
                    case (Inspect.TypeKey, HumanJournalEvents.TaskCompleted):
                        ProjectInspection(burst, entry);
                        break;
                    case (AssignTasks.TypeKey, HumanJournalEvents.TaskCompleted):
                        ProjectWorkTaskStep(burst, entry);
                        break;
                    case (Remediate.TypeKey, HumanJournalEvents.TaskCompleted):
                        ProjectRemediationStep(burst, entry);
                        break;
                    case (Remediate.TypeKey, JournalEvents.ActivityCompleted):
                        CloseInspection(burst, entry);
                        break;
                    case (AssignTasks.TypeKey, Scheduling.SchedulingJournalEvents.TaskDueDateChanged):
                        ProjectDueDateChange(burst, entry);
                        break;
                    case (_, JournalEvents.WorkflowFinished):
                        ClosePlans(burst, entry);
                        break;
                }
            });
        }

        if (result.CreatedBookmarks.Count > 0 || result.RemovedBookmarks.Count > 0)
            ProjectWorkTaskChanges(burst);
    }

    /// <summary>Runs one projection step; a record a domain rule refuses is logged and left out.</summary>
    private void Guarded(string instanceId, string activityType, string? activityId, Action step)
    {
        try
        {
            step();
        }
        catch (DomainException ex)
        {
            if (logger is not null)
                LogRefused(logger, activityType, activityId ?? "", instanceId, ex.Message);
        }
    }

    // ---- Plans -------------------------------------------------------------------------------------

    /// <summary>
    /// The first step that names a plan (its <c>plan</c> input, which every unit task carries as <c>tasks.plan_id</c>)
    /// records the plan: owned by the unit that assigns or reviews the work, for the year the work is due, active from
    /// then on. Several instances may serve one plan; the row is the first one's, and is closed when that one finishes.
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
        var title = guidance is not null && !DocumentSymbol.TryParse(guidance, out _) ? guidance : key;
        var plan = Plan.Create(title, null, DomainKeys.OrgUnit(owner), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), at, year, id: id);
        plan.Activate(null, at);
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

    /// <summary>The instance that recorded a plan has finished: the plan's work is over.</summary>
    private static void ClosePlans(Burst burst, JournalEntry finished)
    {
        var instanceId = burst.InstanceId;
        var plans = burst.Db.Plans.Local.Where(p => burst.Db.Entry(p).Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue == instanceId).ToList();
        plans.AddRange(burst.Db.Plans.Where(p => EF.Property<string?>(p, DomainMapping.WorkflowInstanceId) == instanceId).AsEnumerable().Where(p => !plans.Contains(p)));
        foreach (var plan in plans.Where(p => p.Status == PlanStatus.Active))
            plan.Close(JournalChain.Normalize(finished.At));
    }

    // ---- Urge ----------------------------------------------------------------------------------------

    private static void ProjectUrge(Burst burst, JournalEntry entry, long sequence)
    {
        if (entry.Data?["data"] is not JsonObject notice)
            return;
        var key = $"urge:{entry.ActivityId}@{sequence}";
        if (burst.Exists<UrgeNotice>(key))
            return;
        var units = Strings(notice["units"]);
        var tasks = (notice["tasks"] as JsonArray ?? []).OfType<JsonObject>().Select(t => Text(t["taskId"])).OfType<string>().ToList();
        if (tasks.Count == 0)
        {
            // Units named outright with nothing overdue: the notice presses them about their open work here.
            tasks = burst.Result.State.Bookmarks
                .Where(b => b.Name == HumanTaskSpec.BookmarkName)
                .Where(b => HumanTaskSpec.FromJson(b.Payload) is { Stage: not ReviewStage, UnitId: { } unit } && units.Contains(unit))
                .Select(b => b.Id)
                .ToList();
        }
        var urge = UrgeNotice.Issue(
            notice["level"]!.GetValue<int>(),
            tasks.Select(DomainKeys.Task),
            units.Select(DomainKeys.OrgUnit),
            burst.UserId(entry.Actor),
            Instant(notice["issuedAt"]) ?? JournalChain.Normalize(entry.At),
            Text(entry.Data!["body"]));
        burst.Add(urge, key);
    }

    // ---- SubmitReport ------------------------------------------------------------------------------

    /// <summary>A run of <c>SubmitReport</c> owes a report from each unit it opened a task for.</summary>
    private void ProjectObligation(Burst burst, JournalEntry started, long sequence)
    {
        var key = ObligationKeyPrefix(started.ActivityId!) + sequence.ToString(CultureInfo.InvariantCulture);
        if (burst.Exists<ReportingObligation>(key))
            return;
        var tasks = burst.UnitTasksOpenedBy(started.ActivityId!);
        if (tasks.Count == 0)
            return;
        var first = tasks[0];
        var data = first.Data ?? new JsonObject();
        var units = tasks.Select(t => t.UnitId!).Distinct(StringComparer.Ordinal).ToList();
        if (first.DueOn is not { } dueOn)
            throw new DomainException("A report without a due date owes nothing by a date; no obligation is recorded.");
        var recipient = Text(data["recipientUnitId"]) ?? CommonParent(units)
            ?? throw new DomainException("The report names no reviewer and its units have no common parent to report to.");
        // The data period as the activity gives it; without one, the year up to the start of the run.
        var today = WorkCalendarDate(started.At);
        var dataTo = Date(data["dataTo"]) ?? (today < dueOn ? today : dueOn.AddDays(-1));
        var dataFrom = Date(data["dataFrom"]) ?? new DateOnly(dataTo.Year, 1, 1);
        var obligation = ReportingObligation.Create(
            Enum.TryParse<ReportKind>(Text(data["reportKind"]), out var kind) ? kind : ReportKind.AdHoc,
            ObligationTitle(first),
            dataFrom,
            dataTo,
            dueOn,
            DomainKeys.OrgUnit(recipient),
            units.Select(DomainKeys.OrgUnit),
            JournalChain.Normalize(started.At));
        burst.Add(obligation, key);
    }

    /// <summary>A unit hands in its report, or the reviewer accepts or returns it.</summary>
    private static void ProjectSubmission(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        var task = burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (task is null)
            return;
        var spec = HumanTaskSpec.FromJson(task.Payload);
        var action = Text(completed.Data!["action"]);
        if (spec.UnitId is null || action == HumanTaskSpec.TimeoutAction)
            return;
        var obligation = burst.CurrentObligation(completed.ActivityId!)
            ?? throw new DomainException("The report's obligation was not recorded, so its submissions are not either.");
        var unit = DomainKeys.OrgUnit(spec.UnitId);
        var submission = burst.Submission(obligation.Id, unit);
        var at = JournalChain.Normalize(completed.At);
        var by = burst.UserId(completed.Actor ?? Text(completed.Data["actor"]));
        var comment = Text(completed.Data["comment"]);
        if (spec.Stage == ReviewStage)
        {
            if (submission is null)
                return;
            if (action == "Return")
                submission.Return(by, comment ?? "", at);
            else
                submission.Accept(by, comment, at);
            return;
        }
        if (submission is null)
        {
            // The activity's own record of when the unit handed in, which is what decides lateness there too.
            var submittedAt = Instant(burst.Output(completed.ActivityId!, MultiUnitTaskActivity.ResultsOutput)?[spec.UnitId]?["submittedAt"]) ?? at;
            burst.Add(ReportSubmission.Submit(obligation, unit, by, null, submittedAt), "report-submission:" + task.Id);
        }
        else if (submission.Status == ReportSubmissionStatus.Returned)
        {
            submission.Resubmit(by, null, at);
        }
    }

    internal static string ObligationKeyPrefix(string activityId) => $"report:{activityId}@";

    /// <summary>The <c>SubmitReport</c> activity a reporting obligation was recorded for, read from the row's event key.</summary>
    public static string? ObligationActivityId(string? eventKey) =>
        eventKey is { Length: > 7 } key && key.StartsWith("report:", StringComparison.Ordinal) && key.LastIndexOf('@') is > 7 and var at ? key[7..at] : null;

    private static string ObligationTitle(HumanTaskSpec task)
    {
        // Unit tasks are titled "<title> — <unit name>".
        var cut = task.Title.LastIndexOf(" — ", StringComparison.Ordinal);
        return cut > 0 ? task.Title[..cut] : task.Title;
    }

    private string? CommonParent(IReadOnlyList<string> units)
    {
        var lookup = directory ?? DemoProvince.Directory();
        var parents = units.Select(u => lookup.Find(u)?.ParentId).Distinct(StringComparer.Ordinal).ToList();
        return parents is [{ } parent] ? parent : null;
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
            null,
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
    public static void RecordDueDateChange(SupervisionDbContext db, string instanceId, string activityId, string? activityType, HumanTaskSpec spec,
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

    // ---- Remediate ---------------------------------------------------------------------------------

    private const string RemediationReportStage = "Report";

    /// <summary>
    /// A fix a unit owes after the instance's inspection concluded: a remediation action of that inspection, against
    /// the unit's finding. A fix sent back to the unit is the same action, open again.
    /// </summary>
    private static void OpenRemediation(Burst burst, HumanTaskSpec spec, DateTimeOffset at)
    {
        if (Text(spec.Data?["action"]) is not { } text || spec.UnitId is null)
            return;
        var inspection = burst.CurrentInspection()
            ?? throw new DomainException("The remediation follows no inspection recorded in this instance.");
        var unit = DomainKeys.OrgUnit(spec.UnitId);
        if (OpenRemediationOf(inspection, unit, text) is not null)
            return;
        var finding = inspection.Findings.FirstOrDefault(f => f.TargetOrgUnitId == unit && f.CallsForRemediation)
            ?? throw new DomainException("The unit has no finding of the inspection that calls for a fix.");
        var dueOn = spec.DueOn ?? throw new DomainException("The fix has no due date.");
        inspection.AddRemediationAction(finding.Id, unit, text, dueOn, at);
    }

    /// <summary>The unit reports its fix, or the verifier accepts it or sends it back.</summary>
    private static void ProjectRemediationStep(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        if (burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId) is not { } task)
            return;
        var spec = HumanTaskSpec.FromJson(task.Payload);
        if (spec.UnitId is null || Text(spec.Data?["action"]) is not { } text || burst.CurrentInspection() is not { } inspection
            || OpenRemediationOf(inspection, DomainKeys.OrgUnit(spec.UnitId), text) is not { } action)
            return;
        var at = JournalChain.Normalize(completed.At);
        var by = burst.UserId(completed.Actor ?? Text(completed.Data!["actor"]));
        switch (spec.Stage, Text(completed.Data!["action"]))
        {
            case (RemediationReportStage, _) when action.Status == RemediationStatus.Open:
                inspection.ReportRemediation(action.Id, by, null, at);
                break;
            case (_, "Verify") when action.Status == RemediationStatus.Reported:
                inspection.VerifyRemediation(action.Id, by, at);
                break;
            case (_, "Reject") when action.Status == RemediationStatus.Reported:
                inspection.RejectRemediationReport(action.Id, Text(completed.Data["comment"]) ?? "");
                break;
        }
    }

    /// <summary>Every fix verified: the inspection is over (it stays open until then).</summary>
    private static void CloseInspection(Burst burst, JournalEntry completed)
    {
        if (burst.CurrentInspection() is { Status: InspectionStatus.ConclusionIssued or InspectionStatus.Remediation } inspection
            && inspection.RemediationActions.All(a => a.Status == RemediationStatus.Verified))
        {
            inspection.Close(JournalChain.Normalize(completed.At));
        }
    }

    private static RemediationAction? OpenRemediationOf(Inspection inspection, Guid unit, string action) =>
        inspection.RemediationActions.LastOrDefault(a => a.ResponsibleOrgUnitId == unit && a.Action == action && a.Status != RemediationStatus.Verified);

    // ---- Evaluate ----------------------------------------------------------------------------------

    /// <summary>An approved rating becomes an evaluation that went through self-assessment, review and approval.</summary>
    private static void ProjectEvaluation(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        var task = burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (task is null || Text(completed.Data!["action"]) == "Return")
            return;
        var spec = HumanTaskSpec.FromJson(task.Payload);
        if (spec.Stage != "Approval" || spec.UnitId is null)
            return;
        var key = "evaluation:" + task.Id;
        if (burst.Exists<Evaluation>(key))
            return;
        if (burst.Output(completed.ActivityId!, "ratings")?[spec.UnitId] is not JsonObject rating)
            return;

        var approvedAt = Instant(rating["approvedAt"]) ?? JournalChain.Normalize(completed.At);
        var selfAssessedAt = Instant(rating["selfAssessedAt"]) ?? approvedAt;
        var reviewedAt = Instant(rating["reviewedAt"]) ?? approvedAt;
        var stats = rating["stats"] is JsonObject s
            ? new TaskStats(Int(s["assigned"]), Int(s["doneOnTime"]), Int(s["doneLate"]), Int(s["openOverdue"]), Int(s["exceeded"]))
            : TaskStats.None;
        // The activity scores on one 100-point scale: one criterion worth 100.
        const string total = "Total";
        var evaluation = Evaluation.SelfAssess(
            EvaluationSubjectType.OrgUnit,
            DomainKeys.OrgUnit(spec.UnitId),
            EvaluationPeriod.Year,
            WorkCalendarDate(selfAssessedAt).Year.ToString(CultureInfo.InvariantCulture),
            [new CriterionScore(total, 100m, Decimal(rating["selfScore"]))],
            stats,
            hasDisciplineCase: false,
            burst.UserId(Text(rating["selfAssessedBy"])),
            selfAssessedAt);
        evaluation.Review(burst.UserId(Text(rating["reviewedBy"])), [new CriterionScore(total, 100m, Decimal(rating["finalScore"]))], null, null, null, reviewedAt);
        evaluation.Approve(burst.UserId(Text(rating["approvedBy"]) ?? completed.Actor), null, null, approvedAt);
        burst.Add(evaluation, key);
    }

    // ---- Inspect -----------------------------------------------------------------------------------

    /// <summary>
    /// A concluded inspection, step by step as the record shows it: decision (with its document), self-reports,
    /// verification, findings per inspected unit, conclusion notice (with its document).
    /// </summary>
    private static void ProjectInspection(Burst burst, JournalEntry completed)
    {
        var bookmarkId = Text(completed.Data?["bookmarkId"]);
        var task = burst.Result.RemovedBookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (task is null)
            return;
        var conclusionTask = HumanTaskSpec.FromJson(task.Payload);
        if (conclusionTask.Stage != "Conclusion")
            return;
        var key = "inspection:" + task.Id;
        if (burst.Exists<Inspection>(key))
            return;
        if (burst.Output(completed.ActivityId!, "record") is not JsonObject record)
            return;

        var stages = (record["stages"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var decision = stages.FirstOrDefault(s => Text(s["stage"]) == "Decision")
            ?? throw new DomainException("The inspection record has no decision.");
        var conclusion = stages.LastOrDefault(s => Text(s["stage"]) == "Conclusion")
            ?? throw new DomainException("The inspection record has no conclusion.");
        var decidedAt = Instant(decision["at"]) ?? JournalChain.Normalize(completed.At);
        var concludedAt = Instant(conclusion["at"]) ?? JournalChain.Normalize(completed.At);
        var selfReportedAt = stages.Where(s => Text(s["stage"]) == "SelfReport").Select(s => Instant(s["at"])).Max() ?? decidedAt;
        var head = burst.UserId(Text(decision["by"]));
        var leader = burst.UserId(Text(conclusion["by"]) ?? completed.Actor);
        var issuer = conclusionTask.Assignee.UnitId ?? burst.UnitOf(Text(conclusion["by"]))
            ?? throw new DomainException("The concluding leader's unit is unknown, so the inspection's documents have no issuer.");
        var targets = Strings(record["targets"]);
        var topic = Text(record["topic"]) ?? "";
        var decidedOn = WorkCalendarDate(decidedAt);

        var inspection = Inspection.Propose(
            Enum.TryParse<InspectionKind>(Text(record["kind"]), out var kind) ? kind : InspectionKind.ThematicSupervision,
            topic,
            null,
            InspectingLevel.Province,
            targets.Select(DomainKeys.OrgUnit),
            // The activity takes no review period: the year of the decision, up to the decision.
            new DateOnly(decidedOn.Year, 1, 1),
            decidedOn,
            decidedAt);
        inspection.FormTeam(head, [], [], null);
        var decisionDocument = IssuedDocument(burst, DocType.Decision, Text(decision["form"]?["decisionSymbol"]), $"Quyết định kiểm tra, giám sát: {topic}", issuer, head, decidedAt);
        inspection.IssueDecision(decisionDocument.Id, null, decidedOn, decidedAt);
        inspection.RequestSelfReport(null, decidedAt);
        inspection.ReceiveSelfReport(null, selfReportedAt);
        inspection.StartVerification(selfReportedAt);

        // The conclusion form gives one result and one text for the whole inspection: each inspected unit gets
        // a finding of the kind the result implies (the form does not grade them, so the grade follows the result).
        var findingsText = Text(conclusion["form"]?["findings"]);
        var (type, severity, fallback) = Text(record["result"]) switch
        {
            "Refer" => (FindingType.Violation, (FindingSeverity?)FindingSeverity.Serious, "Có dấu hiệu vi phạm, chuyển Ủy ban Kiểm tra."),
            "Raised" => (FindingType.Shortcoming, FindingSeverity.Moderate, "Có hạn chế cần khắc phục."),
            _ => (FindingType.Strength, null, "Không phát hiện hạn chế, vi phạm."),
        };
        foreach (var target in targets)
            inspection.RecordFinding(DomainKeys.OrgUnit(target), type, severity, findingsText ?? fallback, concludedAt);
        inspection.PrepareDraftReport(concludedAt);
        var notice = IssuedDocument(burst, DocType.Notice, null, $"Thông báo kết luận kiểm tra, giám sát: {topic}", issuer, leader, concludedAt);
        inspection.IssueConclusion(notice.Id, WorkCalendarDate(concludedAt), findingsText is null ? [] : [findingsText], concludedAt);
        // Nothing to fix: the conclusion ends the inspection. Otherwise it stays open until its fixes are verified.
        if (!inspection.Findings.Any(f => f.CallsForRemediation))
            inspection.Close(concludedAt);
        burst.Add(inspection, key);
    }

    /// <summary>
    /// A document the workflow issued, approved by the person who issued it; numbered when the step gave a
    /// symbol that fits it, otherwise left approved for the clerk to number.
    /// </summary>
    private static Document IssuedDocument(Burst burst, DocType type, string? symbolText, string subject, string issuerUnitId, Guid signer, DateTimeOffset at)
    {
        var document = Document.Draft(DocumentSystem.Party, type, [DomainKeys.OrgUnit(issuerUnitId)], subject, null, at);
        document.SubmitForReview(at);
        document.Approve(signer, at);
        if (DocumentSymbol.TryParse(symbolText, out var symbol))
        {
            try
            {
                document.Issue(symbol, WorkCalendarDate(at), signer, at);
            }
            catch (DomainException)
            {
                // A symbol of another system or type: the document stays approved and unnumbered.
            }
        }
        burst.Db.Documents.Add(document);
        return document;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static DateOnly WorkCalendarDate(DateTimeOffset at) => VietnamTime.DateOf(at);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static List<string> Strings(JsonNode? node) =>
        (node as JsonArray ?? []).Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private static DateTimeOffset? Instant(JsonNode? node) =>
        Text(node) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? JournalChain.Normalize(at) : null;

    private static DateOnly? Date(JsonNode? node) =>
        Text(node) is { } text && DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var date) ? date : null;

    private static int Int(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<double>(out var d) => (int)d,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, CultureInfo.InvariantCulture, out var p) => p,
        _ => 0,
    };

    private static decimal Decimal(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var m) => m,
        JsonValue v when v.TryGetValue<double>(out var d) => (decimal)d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, CultureInfo.InvariantCulture, out var p) => p,
        _ => throw new DomainException("The rating has no score."),
    };

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "{ActivityType} {ActivityId} of instance {InstanceId} was not recorded as a domain record: {Reason}")]
    private static partial void LogRefused(ILogger logger, string activityType, string activityId, string instanceId, string reason);

    /// <summary>One burst's projection: its context, and the people looked up so far.</summary>
    private sealed class Burst(SupervisionDbContext db, InstanceRecord instance, ExecutionResult result)
    {
        private readonly Dictionary<string, (string Id, string? UnitId)?> _users = new(StringComparer.Ordinal);

        public SupervisionDbContext Db { get; } = db;
        public ExecutionResult Result { get; } = result;

        public JsonObject? Output(string activityId, string name) =>
            Result.State.ActivityOutputs.TryGetValue(activityId, out var outputs) && outputs.GetValueOrDefault(name) is JsonObject output ? output : null;

        /// <summary>Whether this instance already has a row for the event (committed, or staged in this burst).</summary>
        public bool Exists<T>(string key)
            where T : class =>
            Db.ChangeTracker.Entries<T>().Any(e => Is(e.Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue, e.Property<string?>(DomainMapping.WorkflowEventKey).CurrentValue, key))
            || Db.Set<T>().IgnoreQueryFilters().Any(e =>
                EF.Property<string?>(e, DomainMapping.WorkflowInstanceId) == instance.Id && EF.Property<string?>(e, DomainMapping.WorkflowEventKey) == key);

        private bool Is(string? instanceId, string? eventKey, string key) => instanceId == instance.Id && eventKey == key;

        public void Add<T>(T entity, string key)
            where T : class
        {
            var entry = Db.Set<T>().Add(entity);
            entry.Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue = instance.Id;
            entry.Property<string?>(DomainMapping.WorkflowEventKey).CurrentValue = key;
        }

        public string InstanceId => instance.Id;

        public WorkTask? CurrentWorkTask(string activityId, string unitId) => DomainProjector.CurrentWorkTask(Db, instance.Id, activityId, unitId);

        /// <summary>The inspection this instance recorded last (staged or stored), tracked so that its changes are saved.</summary>
        public Inspection? CurrentInspection()
        {
            _ = Db.Inspections.Where(i => EF.Property<string?>(i, DomainMapping.WorkflowInstanceId) == instance.Id).ToList();
            return Db.ChangeTracker.Entries<Inspection>()
                .Where(e => e.Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue == instance.Id)
                .Select(e => e.Entity)
                .OrderBy(i => i.Id)
                .LastOrDefault();
        }

        public bool PlanExists(Guid id) => Db.Plans.Local.Any(p => p.Id == id) || Db.Plans.IgnoreQueryFilters().Any(p => p.Id == id);

        /// <summary>The unit tasks (work stage) the activity opened in this burst.</summary>
        public List<HumanTaskSpec> UnitTasksOpenedBy(string activityId) => Result.CreatedBookmarks
            .Where(b => b.ActivityId == activityId && b.Name == HumanTaskSpec.BookmarkName)
            .Select(b => HumanTaskSpec.FromJson(b.Payload))
            .Where(s => s.Stage == WorkStage && s.UnitId is not null)
            .ToList();

        /// <summary>The obligation of the activity's latest run in this instance.</summary>
        public ReportingObligation? CurrentObligation(string activityId)
        {
            var prefix = ObligationKeyPrefix(activityId);
            // Loading them tracks them, so the staged and the stored ones are all in the change tracker after this.
            _ = Db.ReportingObligations.Where(o => EF.Property<string?>(o, DomainMapping.WorkflowInstanceId) == instance.Id).ToList();
            return Db.ChangeTracker.Entries<ReportingObligation>()
                .Select(e => (Entity: e.Entity, InstanceId: e.Property<string?>(DomainMapping.WorkflowInstanceId).CurrentValue, Key: e.Property<string?>(DomainMapping.WorkflowEventKey).CurrentValue))
                .Where(o => o.InstanceId == instance.Id && o.Key is not null && o.Key.StartsWith(prefix, StringComparison.Ordinal))
                .OrderByDescending(o => long.Parse(o.Key![prefix.Length..], CultureInfo.InvariantCulture))
                .Select(o => o.Entity)
                .FirstOrDefault();
        }

        public ReportSubmission? Submission(Guid obligationId, Guid unitId) =>
            Db.ReportSubmissions.Local.FirstOrDefault(s => s.ObligationId == obligationId && s.SubmitterOrgUnitId == unitId)
            ?? Db.ReportSubmissions.FirstOrDefault(s => s.ObligationId == obligationId && s.SubmitterOrgUnitId == unitId);

        /// <summary>The domain id of whoever acted: their <c>users</c> row when they are a user.</summary>
        public Guid UserId(string? userName) =>
            Find(userName) is { } user ? DomainKeys.User(user.Id) : DomainKeys.Actor(userName);

        public string? UnitOf(string? userName) => Find(userName)?.UnitId;

        private (string Id, string? UnitId)? Find(string? userName)
        {
            if (string.IsNullOrWhiteSpace(userName))
                return null;
            if (!_users.TryGetValue(userName, out var user))
            {
                var row = Db.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => new { u.Id, u.UnitId }).FirstOrDefault();
                _users[userName] = user = row is null ? null : (row.Id, row.UnitId);
            }
            return user;
        }
    }
}

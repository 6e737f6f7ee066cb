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
                    case (_, JournalEvents.WorkflowFinished or JournalEvents.WorkflowCancelled):
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
            Text(entry.Data!["body"]),
            messageEn: Text(notice["messageEn"]));
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
            ObligationTitle(first.Title),
            dataFrom,
            dataTo,
            dueOn,
            DomainKeys.OrgUnit(recipient),
            units.Select(DomainKeys.OrgUnit),
            JournalChain.Normalize(started.At),
            titleEn: first.TitleEn is { } english ? ObligationTitle(english) : null);
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

    private static string ObligationTitle(string unitTaskTitle)
    {
        // Unit tasks are titled "<title> — <unit name>".
        var cut = unitTaskTitle.LastIndexOf(" — ", StringComparison.Ordinal);
        return cut > 0 ? unitTaskTitle[..cut] : unitTaskTitle;
    }

    private string? CommonParent(IReadOnlyList<string> units)
    {
        var lookup = directory ?? DemoProvince.Directory();
        var parents = units.Select(u => lookup.Find(u)?.ParentId).Distinct(StringComparer.Ordinal).ToList();
        return parents is [{ } parent] ? parent : null;
    }

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

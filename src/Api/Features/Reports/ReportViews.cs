using Microsoft.EntityFrameworkCore;
using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Planning;
using Supervision.Workflows.Persistence;

namespace Supervision.Api.Features.Reports;

/// <summary>
/// A reporting obligation as its readers see it: the units' submissions (each with its review), the units that owe
/// the report and have not handed it in, and the workflow run that recorded it.
/// </summary>
public sealed record ReportResponse(
    Guid Id,
    ReportKind Kind,
    string Title,
    string? TitleEn,
    DateOnly DataFrom,
    DateOnly DataTo,
    DateOnly DueOn,
    UnitRef Recipient,
    IReadOnlyList<ReportSubmissionResponse> Submissions,
    IReadOnlyList<UnitRef> Outstanding,
    Guid? SourceDocumentId,
    string? WorkflowInstanceId,
    IReadOnlyList<ReportStep> OpenSteps);

/// <summary>
/// A step of a unit's report that waits in the workflow: <c>submit</c> (the unit hands it in) or <c>review</c> (the
/// reviewer accepts or returns it), the task that carries it, whether the reader may act on it, and whether it has a
/// form to fill (which the task page shows).
/// </summary>
public sealed record ReportStep(string UnitId, string Step, string TaskId, bool CanAct, bool HasForm);

/// <summary>One unit's report: <see cref="IsLate"/> follows its first hand-in, which a return does not change.</summary>
public sealed record ReportSubmissionResponse(
    Guid Id,
    UnitRef Unit,
    ReportSubmissionStatus Status,
    DateOnly DueOn,
    bool IsLate,
    DateTimeOffset FirstSubmittedAt,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? ReviewedAt,
    string? ReviewNotes,
    int ReturnCount,
    Guid? DocumentId);

/// <summary>Reads obligations with the submissions of the units a request is about.</summary>
internal static class ReportViews
{
    /// <summary>The status filter's value for units that owe the report and have not handed it in.</summary>
    public const string Outstanding = "Outstanding";

    public static readonly string[] Statuses = [.. Enum.GetNames<ReportSubmissionStatus>(), Outstanding];

    /// <summary>
    /// The obligations with their submissions from <paramref name="units"/> (every unit when null). The submissions
    /// shown are those of <paramref name="status"/> when one is asked for, and the units still owing are listed
    /// unless a submission status is asked for.
    /// </summary>
    public static async Task<List<ReportResponse>> ReadAsync(
        SupervisionDbContext db, IReadOnlyList<(ReportingObligation Obligation, string? InstanceId, string? EventKey)> obligations, List<Guid>? units, string? status,
        DbOrgDirectory directory, Tasks.TaskAccess.Scope scope, CancellationToken cancellationToken)
    {
        var steps = await OpenStepsAsync(db, obligations, units, scope, cancellationToken);
        var ids = obligations.Select(o => o.Obligation.Id).ToList();
        var submissions = db.ReportSubmissions.AsNoTracking().Where(s => ids.Contains(s.ObligationId));
        if (units is not null)
            submissions = submissions.Where(s => units.Contains(s.SubmitterOrgUnitId));
        var byObligation = (await submissions.ToListAsync(cancellationToken)).ToLookup(s => s.ObligationId);
        var wanted = SubmissionStatus(status);
        var listOutstanding = status is null || status.Equals(Outstanding, StringComparison.OrdinalIgnoreCase);

        return obligations.Select(row =>
        {
            var (obligation, instanceId, eventKey) = row;
            var handedIn = byObligation[obligation.Id].ToList();
            var shown = handedIn
                .Where(s => status is null || s.Status == wanted)
                .OrderBy(s => s.FirstSubmittedAt).ThenBy(s => s.Id)
                .Select(s => new ReportSubmissionResponse(
                    s.Id, UnitRef.Of(s.SubmitterOrgUnitId, directory), s.Status, s.DueOn, s.IsLate, s.FirstSubmittedAt, s.SubmittedAt,
                    s.ReviewedAt, s.ReviewNotes, s.ReturnCount, s.DocumentId))
                .ToList();
            var outstanding = listOutstanding
                ? obligation.RequiredFromOrgUnitIds
                    .Where(u => (units is null || units.Contains(u)) && handedIn.All(s => s.SubmitterOrgUnitId != u))
                    .Select(u => UnitRef.Of(u, directory))
                    .ToList()
                : [];
            return new ReportResponse(
                obligation.Id, obligation.Kind, obligation.TitleVi, obligation.TitleEn, obligation.DataFrom, obligation.DataTo, obligation.DueOn,
                UnitRef.Of(obligation.RecipientOrgUnitId, directory), shown, outstanding, obligation.SourceDocumentId, instanceId,
                [.. steps[(instanceId, Workflows.Runtime.DomainProjector.ObligationActivityId(eventKey))]]);
        }).ToList();
    }

    /// <summary>
    /// The report steps still to be acted on: a unit's submission (<c>Work</c>) or its review (<c>Review</c>), open or
    /// claimed. The report views list them; the report actions complete one.
    /// </summary>
    public static IQueryable<TaskRecord> OpenStepTasks(SupervisionDbContext db) =>
        db.Tasks.AsNoTracking().Where(t => (t.Stage == "Work" || t.Stage == "Review") && (t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Claimed));

    /// <summary>The open tasks of the obligations' report steps, per (instance, activity), for the units a request is about.</summary>
    private static async Task<ILookup<(string? InstanceId, string? ActivityId), ReportStep>> OpenStepsAsync(
        SupervisionDbContext db, IReadOnlyList<(ReportingObligation Obligation, string? InstanceId, string? EventKey)> obligations, List<Guid>? units,
        Tasks.TaskAccess.Scope scope, CancellationToken cancellationToken)
    {
        var instances = obligations.Select(o => o.InstanceId).OfType<string>().Distinct().ToList();
        var activities = obligations.Select(o => Workflows.Runtime.DomainProjector.ObligationActivityId(o.EventKey)).OfType<string>().Distinct().ToList();
        if (instances.Count == 0 || activities.Count == 0)
            return Array.Empty<ReportStep>().ToLookup(_ => ((string?)null, (string?)null));
        var tasks = await OpenStepTasks(db)
            .Where(t => instances.Contains(t.InstanceId) && activities.Contains(t.ActivityId))
            .ToListAsync(cancellationToken);
        return tasks
            .Where(t => t.UnitId is not null && (units is null || units.Contains(Workflows.Persistence.Domain.DomainKeys.OrgUnit(t.UnitId))))
            .OrderBy(t => t.UnitId, StringComparer.Ordinal)
            .ToLookup(
                t => ((string?)t.InstanceId, (string?)t.ActivityId),
                t => new ReportStep(t.UnitId!, t.Stage == "Work" ? "submit" : "review", t.Id, Tasks.TaskAccess.CanAct(t, scope) && (t.Status == TaskStatuses.Open || t.ClaimedBy == scope.User.UserName),
                    Workflows.Human.HumanTaskSpec.FromJson(System.Text.Json.Nodes.JsonNode.Parse(t.Spec)).Form.Count > 0));
    }

    /// <summary>The submission status a filter value names; null for none or for <see cref="Outstanding"/>.</summary>
    public static ReportSubmissionStatus? SubmissionStatus(string? status) =>
        Enum.TryParse<ReportSubmissionStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;

    /// <summary>The obligations some of <paramref name="units"/> owe (all when null).</summary>
    public static IQueryable<ReportingObligation> Owed(IQueryable<ReportingObligation> obligations, List<Guid>? units) =>
        units is null ? obligations : obligations.Where(o => o.RequiredFromOrgUnitIds.Any(u => units.Contains(u)));
}

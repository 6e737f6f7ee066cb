using Supervision.Api.Features.Common;
using Supervision.Api.Security;
using Supervision.Domain.Common;
using Supervision.Domain.Inspections;

namespace Supervision.Api.Features.Inspections;

/// <summary>How many findings of each type an inspection holds (an officer counts those about their units only).</summary>
public sealed record FindingCounts(int Strengths, int Shortcomings, int Violations, int Recommendations)
{
    public int Total => Strengths + Shortcomings + Violations + Recommendations;

    public static FindingCounts Of(IEnumerable<(FindingType Type, int Count)> counts)
    {
        var byType = counts.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        return new FindingCounts(
            byType.GetValueOrDefault(FindingType.Strength),
            byType.GetValueOrDefault(FindingType.Shortcoming),
            byType.GetValueOrDefault(FindingType.Violation),
            byType.GetValueOrDefault(FindingType.Recommendation));
    }
}

/// <summary>
/// An inspection or supervision as lists show it. <c>WorkflowInstanceId</c> is the run that recorded it (null when it
/// was not recorded by a workflow); every inspected unit is listed, whoever reads it.
/// </summary>
public sealed record InspectionSummary(
    Guid Id,
    string? WorkflowInstanceId,
    InspectionKind Kind,
    string TopicVi,
    string? TopicEn,
    IReadOnlyList<Field> Fields,
    InspectingLevel Level,
    IReadOnlyList<UnitRef> TargetUnits,
    DateOnly ReviewPeriodFrom,
    DateOnly ReviewPeriodTo,
    InspectionStatus Status,
    DateOnly? StartOn,
    int MaxDurationDays,
    int ExtensionDays,
    int AllowedDurationDays,
    DurationBasis DurationBasis,
    DateOnly? EndsOn,
    Classification Classification,
    DateTimeOffset? ClosedAt,
    FindingCounts Findings);

public sealed record FindingView(Guid Id, FindingType Type, FindingSeverity? Severity, string Description, UnitRef TargetUnit, DateTimeOffset RecordedAt);

/// <summary>The conclusion notice: its document, the findings it concludes on (those the reader sees) and what it requires.</summary>
public sealed record ConclusionView(Guid DocumentId, DateOnly IssuedOn, IReadOnlyList<Guid> FindingIds, IReadOnlyList<string> Requirements);

/// <summary>A fix owed for a finding; <c>Overdue</c> is derived on read (still open after its due day).</summary>
public sealed record RemediationActionView(
    Guid Id,
    Guid FindingId,
    UnitRef ResponsibleUnit,
    string Action,
    DateOnly DueOn,
    RemediationStatus Status,
    bool Overdue,
    DateTimeOffset? ReportedAt,
    DateTimeOffset? VerifiedAt,
    string? LastRejectionComment,
    RemediationStep? OpenStep);

/// <summary>The inspection team (đoàn kiểm tra, giám sát): its head, deputies, members and secretary.</summary>
public sealed record TeamView(PersonRef Head, IReadOnlyList<PersonRef> Deputies, IReadOnlyList<PersonRef> Members, PersonRef? Secretary);

public sealed record InspectionDetail(
    InspectionSummary Summary,
    TeamView? Team,
    Guid? DecisionDocumentId,
    Guid? PlanDocumentId,
    Guid? OutlineDocumentId,
    Guid? SelfReportDocumentId,
    Guid? ConvertedFromId,
    Guid? ConvertedToId,
    IReadOnlyList<FindingView> Findings,
    ConclusionView? Conclusion,
    IReadOnlyList<RemediationActionView> RemediationActions);

/// <summary>
/// What an inspection shows to whom: everything to those who see every unit; to an officer, an inspection that
/// targets one of their units (or a unit under it), with only the findings about those units and the fixes that
/// answer them or that those units owe.
/// </summary>
internal static class InspectionViews
{
    public static bool Concerns(Inspection inspection, IReadOnlyList<Guid>? visibleUnits) =>
        visibleUnits is null || inspection.TargetOrgUnitIds.Any(visibleUnits.Contains);

    public static bool Shows(Finding finding, IReadOnlyList<Guid>? visibleUnits) =>
        visibleUnits is null || visibleUnits.Contains(finding.TargetOrgUnitId);

    public static InspectionSummary Summary(Inspection inspection, string? workflowInstanceId, FindingCounts findings, Func<Guid, UnitRef> unit) => new(
        inspection.Id,
        workflowInstanceId,
        inspection.Kind,
        inspection.TopicVi,
        inspection.TopicEn,
        inspection.Fields,
        inspection.Level,
        inspection.TargetOrgUnitIds.Select(unit).ToList(),
        inspection.ReviewPeriodFrom,
        inspection.ReviewPeriodTo,
        inspection.Status,
        inspection.StartOn,
        inspection.MaxDurationDays,
        inspection.ExtensionDays,
        inspection.AllowedDurationDays,
        inspection.DurationBasis,
        inspection.EndsOn,
        inspection.Classification,
        inspection.ClosedAt,
        findings);

    /// <summary>The people of the inspection's team.</summary>
    public static Task<IReadOnlyDictionary<Guid, PersonRef>> PeopleAsync(Workflows.Persistence.SupervisionDbContext db, Inspection inspection, CancellationToken cancellationToken) =>
        PersonRef.LookUpAsync(db, inspection.Team is { } team
            ? [team.HeadUserId, team.SecretaryUserId, .. team.DeputyUserIds.Select(id => (Guid?)id), .. team.MemberUserIds.Select(id => (Guid?)id)]
            : [], cancellationToken);

    public static InspectionDetail Detail(Inspection inspection, string? workflowInstanceId, IReadOnlyList<Guid>? visibleUnits, DbOrgDirectory directory, DateTimeOffset now,
        IReadOnlyDictionary<Guid, PersonRef> people, Func<RemediationAction, RemediationStep?> openStep)
    {
        var names = new Dictionary<Guid, UnitRef>();
        UnitRef Unit(Guid id) => names.TryGetValue(id, out var unit) ? unit : names[id] = UnitRef.Of(id, directory);

        var findings = inspection.Findings.Where(f => Shows(f, visibleUnits)).OrderBy(f => f.RecordedAt).ThenBy(f => f.Id).ToList();
        var shown = findings.Select(f => f.Id).ToHashSet();
        var actions = inspection.RemediationActions
            .Where(a => shown.Contains(a.FindingId) || visibleUnits is null || visibleUnits.Contains(a.ResponsibleOrgUnitId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new RemediationActionView(a.Id, a.FindingId, Unit(a.ResponsibleOrgUnitId), a.Action, a.DueOn, a.Status, a.IsOverdue(now),
                a.ReportedAt, a.VerifiedAt, a.LastRejectionComment, openStep(a)))
            .ToList();
        var conclusion = inspection.Conclusion is { } notice
            ? new ConclusionView(notice.DocumentId, notice.IssuedOn, notice.FindingIds.Where(shown.Contains).ToList(), notice.Requirements)
            : null;
        var counts = FindingCounts.Of(findings.Select(f => (f.Type, 1)));
        var team = inspection.Team is { } t
            ? new TeamView(PersonRef.Of(t.HeadUserId, people), t.DeputyUserIds.Select(id => PersonRef.Of(id, people)).ToList(),
                t.MemberUserIds.Select(id => PersonRef.Of(id, people)).ToList(), PersonRef.Of(t.SecretaryUserId, people))
            : null;
        return new InspectionDetail(
            Summary(inspection, workflowInstanceId, counts, Unit),
            team,
            inspection.DecisionDocumentId,
            inspection.PlanDocumentId,
            inspection.OutlineDocumentId,
            inspection.SelfReportDocumentId,
            inspection.ConvertedFromId,
            inspection.ConvertedToId,
            findings.Select(f => new FindingView(f.Id, f.Type, f.Severity, f.Description, Unit(f.TargetOrgUnitId), f.RecordedAt)).ToList(),
            conclusion,
            actions);
    }
}

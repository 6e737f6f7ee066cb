using Supervision.Domain.Common;

namespace Supervision.Domain.Inspections;

/// <summary>
/// A thematic inspection or supervision run by an advisory board (QĐ 331-QĐ/TW, QĐ 89-QĐ/TW):
/// proposal, decision, self-inspection report, verification, draft report, conclusion notice,
/// then follow-up of the fixes. It stays open until every fix is verified.
/// </summary>
public sealed class Inspection : SoftDeletableEntity
{
    /// <summary>The period under review covers at most the last five years.</summary>
    public const int MaxReviewYears = 5;

    private readonly List<Guid> _targetOrgUnitIds = [];
    private readonly List<Field> _fields = [];
    private readonly List<Finding> _findings = [];
    private readonly List<RemediationAction> _remediationActions = [];

    private Inspection()
    {
    }

    private Inspection(Guid id)
        : base(id)
    {
    }

    public InspectionKind Kind { get; private set; }

    public string TopicVi { get; private set; } = null!;

    public string? TopicEn { get; private set; }

    public IReadOnlyList<Field> Fields => _fields;

    public InspectingLevel Level { get; private set; }

    public IReadOnlyList<Guid> TargetOrgUnitIds => _targetOrgUnitIds;

    public DateOnly ReviewPeriodFrom { get; private set; }

    public DateOnly ReviewPeriodTo { get; private set; }

    public int MaxDurationDays { get; private set; }

    public DurationBasis DurationBasis { get; private set; }

    public int ExtensionDays { get; private set; }

    public DateOnly? StartOn { get; private set; }

    public Guid? DecisionDocumentId { get; private set; }

    public Guid? PlanDocumentId { get; private set; }

    /// <summary>Đề cương gợi ý báo cáo.</summary>
    public Guid? OutlineDocumentId { get; private set; }

    public Guid? SelfReportDocumentId { get; private set; }

    public InspectionStatus Status { get; private set; }

    public Classification Classification { get; private set; }

    public InspectionTeam? Team { get; private set; }

    public IReadOnlyList<Finding> Findings => _findings;

    public ConclusionNotice? Conclusion { get; private set; }

    public IReadOnlyList<RemediationAction> RemediationActions => _remediationActions;

    public Guid? ConvertedFromId { get; private set; }

    public Guid? ConvertedToId { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public int AllowedDurationDays => MaxDurationDays + ExtensionDays;

    /// <summary>
    /// Last day of the allowed duration when it counts calendar days (the first day is not
    /// counted, Civil Code art. 147). Null for working days, which the calendar module computes.
    /// </summary>
    public DateOnly? EndsOn =>
        StartOn is null || DurationBasis != DurationBasis.CalendarDays ? null : StartOn.Value.AddDays(AllowedDurationDays);

    /// <summary>The duration cap of QĐ 331-QĐ/TW: 60 days at Central level, 45 at provincial level, 20 directly above grassroots.</summary>
    public static int StatutoryMaxDurationDays(InspectingLevel level) => level switch
    {
        InspectingLevel.Central => 60,
        InspectingLevel.Province => 45,
        InspectingLevel.AboveGrassroots => 20,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <param name="maxDurationDays">A shorter duration than the level's cap; never a longer one.</param>
    public static Inspection Propose(
        InspectionKind kind,
        string topicVi,
        string? topicEn,
        InspectingLevel level,
        IEnumerable<Guid> targetOrgUnitIds,
        DateOnly reviewPeriodFrom,
        DateOnly reviewPeriodTo,
        DateTimeOffset now,
        int? maxDurationDays = null,
        DurationBasis durationBasis = DurationBasis.CalendarDays,
        IEnumerable<Field>? fields = null,
        Classification classification = Classification.Unclassified)
    {
        Guard.Defined(level, nameof(level));
        if (reviewPeriodTo < reviewPeriodFrom)
        {
            throw new DomainException("The period under review cannot end before it starts.");
        }

        if (reviewPeriodFrom <= reviewPeriodTo.AddYears(-MaxReviewYears))
        {
            throw new DomainException($"The period under review covers at most {MaxReviewYears} years.");
        }

        var cap = StatutoryMaxDurationDays(level);
        var duration = maxDurationDays ?? cap;
        if (duration < 1 || duration > cap)
        {
            throw new DomainException($"At {level} level an inspection lasts at most {cap} days, not {duration}.");
        }

        var inspection = new Inspection(NewId(now))
        {
            Kind = Guard.Defined(kind, nameof(kind)),
            TopicVi = Guard.Text(topicVi, "An inspection topic"),
            TopicEn = Guard.OptionalText(topicEn),
            Level = level,
            ReviewPeriodFrom = reviewPeriodFrom,
            ReviewPeriodTo = reviewPeriodTo,
            MaxDurationDays = duration,
            DurationBasis = Guard.Defined(durationBasis, nameof(durationBasis)),
            Classification = classification.EnsureAllowedHere(),
            Status = InspectionStatus.Proposed,
        };
        inspection._targetOrgUnitIds.AddRange(Guard.NonEmptyIds(targetOrgUnitIds, nameof(targetOrgUnitIds), "inspected unit"));
        inspection._fields.AddRange((fields ?? []).Distinct().Select(f => Guard.Defined(f, nameof(fields))));
        return inspection;
    }

    public void Reclassify(Classification classification) => Classification = classification.EnsureAllowedHere();

    /// <summary>Sets up the team; it is fixed once the decision is issued.</summary>
    public void FormTeam(Guid headUserId, IEnumerable<Guid> deputyUserIds, IEnumerable<Guid> memberUserIds, Guid? secretaryUserId)
    {
        EnsureStatus("given a team", InspectionStatus.Proposed);
        Team = InspectionTeam.Form(headUserId, deputyUserIds, memberUserIds, secretaryUserId);
    }

    /// <summary>Quyết định thành lập đoàn + kế hoạch: the clock starts on <paramref name="startOn"/>.</summary>
    public void IssueDecision(Guid decisionDocumentId, Guid? planDocumentId, DateOnly startOn, DateTimeOffset now)
    {
        Guard.NotEmpty(decisionDocumentId, nameof(decisionDocumentId));
        EnsureStatus("given a decision", InspectionStatus.Proposed);
        if (Team is null)
        {
            throw new DomainException("The decision names the team; form the team first.");
        }

        DecisionDocumentId = decisionDocumentId;
        PlanDocumentId = Guard.NotEmpty(planDocumentId, nameof(planDocumentId));
        StartOn = startOn;
        MoveTo(InspectionStatus.DecisionIssued, now);
    }

    public void RequestSelfReport(Guid? outlineDocumentId, DateTimeOffset now)
    {
        EnsureStatus("asked for a self-inspection report", InspectionStatus.DecisionIssued);
        OutlineDocumentId = Guard.NotEmpty(outlineDocumentId, nameof(outlineDocumentId));
        MoveTo(InspectionStatus.SelfReportRequested, now);
    }

    public void ReceiveSelfReport(Guid? documentId, DateTimeOffset now)
    {
        EnsureStatus("given a self-inspection report", InspectionStatus.SelfReportRequested);
        SelfReportDocumentId = Guard.NotEmpty(documentId, nameof(documentId));
        MoveTo(InspectionStatus.SelfReportReceived, now);
    }

    public void StartVerification(DateTimeOffset now)
    {
        EnsureStatus("verified", InspectionStatus.SelfReportReceived);
        MoveTo(InspectionStatus.Verification, now);
    }

    public Finding RecordFinding(
        Guid targetOrgUnitId, FindingType type, FindingSeverity? severity, string description, DateTimeOffset now)
    {
        EnsureStatus("given findings", InspectionStatus.Verification, InspectionStatus.DraftReport);
        if (!_targetOrgUnitIds.Contains(targetOrgUnitId))
        {
            throw new DomainException("A finding concerns one of the inspected units.");
        }

        var finding = Finding.Record(Id, targetOrgUnitId, type, severity, description, now);
        _findings.Add(finding);
        return finding;
    }

    public void PrepareDraftReport(DateTimeOffset now)
    {
        EnsureStatus("drafted", InspectionStatus.Verification);
        if (_findings.Count == 0)
        {
            throw new DomainException("A results report needs at least one finding.");
        }

        MoveTo(InspectionStatus.DraftReport, now);
    }

    /// <summary>Issues the conclusion notice over every finding recorded.</summary>
    public void IssueConclusion(Guid documentId, DateOnly issuedOn, IEnumerable<string> requirements, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        EnsureStatus("concluded", InspectionStatus.DraftReport);
        if (issuedOn < StartOn)
        {
            throw new DomainException("A conclusion cannot be issued before the inspection started.");
        }

        Conclusion = ConclusionNotice.Issue(documentId, issuedOn, _findings.Select(f => f.Id), requirements);
        MoveTo(InspectionStatus.ConclusionIssued, now);
    }

    public RemediationAction AddRemediationAction(Guid findingId, Guid responsibleOrgUnitId, string action, DateOnly dueOn, DateTimeOffset now)
    {
        EnsureStatus("given remediation actions", InspectionStatus.ConclusionIssued, InspectionStatus.Remediation);
        var finding = _findings.SingleOrDefault(f => f.Id == findingId)
            ?? throw new DomainException("The remediation action must answer a finding of this inspection.");
        if (!finding.CallsForRemediation)
        {
            throw new DomainException("A strength calls for no remediation.");
        }

        if (dueOn < Conclusion!.IssuedOn)
        {
            throw new DomainException("A fix cannot be due before the conclusion requiring it.");
        }

        var remediation = RemediationAction.Open(Id, findingId, responsibleOrgUnitId, action, dueOn, now);
        _remediationActions.Add(remediation);
        if (Status == InspectionStatus.ConclusionIssued)
        {
            MoveTo(InspectionStatus.Remediation, now);
        }

        return remediation;
    }

    public void ReportRemediation(Guid actionId, Guid byUserId, Guid? evidenceDocumentId, DateTimeOffset now)
    {
        EnsureStatus("followed up", InspectionStatus.Remediation);
        FindAction(actionId).Report(byUserId, evidenceDocumentId, now);
    }

    public void VerifyRemediation(Guid actionId, Guid verifierId, DateTimeOffset now)
    {
        EnsureStatus("followed up", InspectionStatus.Remediation);
        FindAction(actionId).Verify(verifierId, now);
        Raise(new RemediationActionVerified(Id, actionId, verifierId, now));
    }

    public void RejectRemediationReport(Guid actionId, string comment)
    {
        EnsureStatus("followed up", InspectionStatus.Remediation);
        FindAction(actionId).RejectReport(comment);
    }

    /// <summary>Closes the inspection; every remediation action must be verified first.</summary>
    public void Close(DateTimeOffset now)
    {
        EnsureStatus("closed", InspectionStatus.ConclusionIssued, InspectionStatus.Remediation);
        var unverified = _remediationActions.Count(a => a.Status != RemediationStatus.Verified);
        if (unverified > 0)
        {
            throw new DomainException($"{unverified} remediation action(s) are not verified yet; the inspection stays open until they are.");
        }

        ClosedAt = now;
        MoveTo(InspectionStatus.Closed, now);
    }

    /// <summary>Extends the working time; the extensions together stay within a third of the duration.</summary>
    public void Extend(int extraDays, string reason, DateTimeOffset now)
    {
        var why = Guard.Text(reason, "A reason for the extension");
        EnsureStatus(
            "extended",
            InspectionStatus.DecisionIssued,
            InspectionStatus.SelfReportRequested,
            InspectionStatus.SelfReportReceived,
            InspectionStatus.Verification,
            InspectionStatus.DraftReport);
        if (extraDays < 1)
        {
            throw new DomainException("An extension adds at least one day.");
        }

        // Integer form of (ExtensionDays + extraDays) <= MaxDurationDays / 3, with no rounding.
        if (3 * (ExtensionDays + extraDays) > MaxDurationDays)
        {
            throw new DomainException(
                $"Extensions total at most a third of the {MaxDurationDays}-day duration; {ExtensionDays} day(s) already granted.");
        }

        ExtensionDays += extraDays;
        Raise(new InspectionExtended(Id, extraDays, ExtensionDays, why, now));
    }

    /// <summary>
    /// A supervision that found signs of violation proposes an inspection of the same targets.
    /// Returns the proposal; this supervision ends as converted.
    /// </summary>
    public Inspection ConvertToInspection(string reason, DateTimeOffset now)
    {
        var why = Guard.Text(reason, "A reason for converting to an inspection");
        if (Kind == InspectionKind.Inspection)
        {
            throw new DomainException("Only a supervision can be converted to an inspection.");
        }

        EnsureStatus("converted", InspectionStatus.Verification, InspectionStatus.DraftReport, InspectionStatus.ConclusionIssued);
        if (!_findings.Any(f => f.Type == FindingType.Violation))
        {
            throw new DomainException("A supervision is converted only when it found signs of violation.");
        }

        var inspection = Propose(
            InspectionKind.Inspection, TopicVi, TopicEn, Level, _targetOrgUnitIds, ReviewPeriodFrom, ReviewPeriodTo, now,
            durationBasis: DurationBasis, fields: _fields, classification: Classification);
        inspection.ConvertedFromId = Id;
        ConvertedToId = inspection.Id;
        MoveTo(InspectionStatus.ConvertedToInspection, now);
        Raise(new SupervisionConverted(Id, inspection.Id, why, now));
        return inspection;
    }

    protected override void EnsureDeletable()
    {
        if (Status != InspectionStatus.Proposed)
        {
            throw new DomainException("Only a proposal can be deleted; an inspection with a decision stays on record.");
        }
    }

    private RemediationAction FindAction(Guid actionId) =>
        _remediationActions.SingleOrDefault(a => a.Id == actionId)
        ?? throw new DomainException("No such remediation action in this inspection.");

    private void MoveTo(InspectionStatus status, DateTimeOffset now)
    {
        var from = Status;
        Status = status;
        Raise(new InspectionStatusChanged(Id, from, status, now));
    }

    private void EnsureStatus(string action, params InspectionStatus[] allowed) => Guard.Status(Status, "An inspection", action, allowed);
}

public sealed record InspectionStatusChanged(Guid InspectionId, InspectionStatus From, InspectionStatus To, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record InspectionExtended(Guid InspectionId, int ExtraDays, int TotalExtensionDays, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record RemediationActionVerified(Guid InspectionId, Guid ActionId, Guid VerifierId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record SupervisionConverted(Guid SupervisionId, Guid InspectionId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

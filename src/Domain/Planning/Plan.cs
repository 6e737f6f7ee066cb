using Supervision.Domain.Common;

namespace Supervision.Domain.Planning;

public enum PlanStatus
{
    Draft,
    Active,
    Closed,
}

/// <summary>
/// Kế hoạch: a unit's plan for a period, usually issued as a KH document. Tasks point at their
/// plan (<see cref="WorkTask.PlanId"/>); the plan holds no task list, so it stays small to load.
/// </summary>
public sealed class Plan : SoftDeletableEntity
{
    private readonly List<Guid> _sourceDocumentIds = [];

    private Plan()
    {
    }

    private Plan(Guid id)
        : base(id)
    {
    }

    public string TitleVi { get; private set; } = null!;

    public string? TitleEn { get; private set; }

    public Guid OwnerOrgUnitId { get; private set; }

    /// <summary>The KH document that issues the plan, once issued.</summary>
    public Guid? DocumentId { get; private set; }

    public int? Year { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>The documents the plan implements, e.g. the central HD.</summary>
    public IReadOnlyList<Guid> SourceDocumentIds => _sourceDocumentIds;

    public PlanStatus Status { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public static Plan Create(
        string titleVi,
        string? titleEn,
        Guid ownerOrgUnitId,
        DateOnly periodStart,
        DateOnly periodEnd,
        DateTimeOffset now,
        int? year = null,
        IEnumerable<Guid>? sourceDocumentIds = null,
        Guid? id = null)
    {
        if (periodEnd < periodStart)
        {
            throw new DomainException("A plan's period cannot end before it starts.");
        }

        // An id given by the caller is one derived from the plan's key elsewhere (a workflow's plan code).
        var plan = new Plan(id ?? NewId(now))
        {
            TitleVi = Guard.Text(titleVi, "A plan title"),
            TitleEn = Guard.OptionalText(titleEn),
            OwnerOrgUnitId = Guard.NotEmpty(ownerOrgUnitId, nameof(ownerOrgUnitId)),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Year = year,
            Status = PlanStatus.Draft,
        };
        plan._sourceDocumentIds.AddRange(Guard.Ids(sourceDocumentIds ?? [], nameof(sourceDocumentIds)));
        return plan;
    }

    public void AddSourceDocument(Guid documentId)
    {
        Guard.NotEmpty(documentId, nameof(documentId));
        Guard.Status(Status, "A plan", "given source documents", PlanStatus.Draft, PlanStatus.Active);

        if (!_sourceDocumentIds.Contains(documentId))
        {
            _sourceDocumentIds.Add(documentId);
        }
    }

    /// <summary>The plan is issued and its tasks can be assigned.</summary>
    public void Activate(Guid? issuedDocumentId, DateTimeOffset now)
    {
        Guard.Status(Status, "A plan", "activated", PlanStatus.Draft);

        DocumentId = Guard.NotEmpty(issuedDocumentId, nameof(issuedDocumentId));
        Status = PlanStatus.Active;
        ActivatedAt = now;
        Raise(new PlanActivated(Id, now));
    }

    public void Close(DateTimeOffset now)
    {
        Guard.Status(Status, "A plan", "closed", PlanStatus.Active);

        Status = PlanStatus.Closed;
        ClosedAt = now;
        Raise(new PlanClosed(Id, now));
    }

    protected override void EnsureDeletable()
    {
        if (Status != PlanStatus.Draft)
        {
            throw new DomainException("Only a draft plan can be deleted; an issued plan stays on record.");
        }
    }
}

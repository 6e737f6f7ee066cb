using Supervision.Domain.Common;

namespace Supervision.Domain.Documents;

/// <summary>
/// A Party or state document: metadata and lifecycle only. Outgoing documents are drafted,
/// reviewed, approved and issued here; incoming ones are registered as already issued.
/// </summary>
public sealed class Document : SoftDeletableEntity
{
    private readonly List<Guid> _issuerOrgUnitIds = [];
    private readonly List<Field> _fields = [];

    private Document()
    {
    }

    private Document(Guid id)
        : base(id)
    {
    }

    public DocumentSystem System { get; private set; }

    public DocType DocType { get; private set; }

    public Direction Direction { get; private set; }

    public int? Number { get; private set; }

    public DocumentSymbol? Symbol { get; private set; }

    /// <summary>Several issuers for a joint document, e.g. a coordination programme.</summary>
    public IReadOnlyList<Guid> IssuerOrgUnitIds => _issuerOrgUnitIds;

    public Guid? SignerUserId { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public DateOnly? EffectiveOn { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>Trích yếu.</summary>
    public string SubjectVi { get; private set; } = null!;

    public string? SubjectEn { get; private set; }

    public IReadOnlyList<Field> Fields => _fields;

    public Classification Confidentiality { get; private set; }

    public Urgency Urgency { get; private set; }

    public DocumentStatus Status { get; private set; }

    public Guid? ApprovedByUserId { get; private set; }

    public string? ReviewComment { get; private set; }

    public Guid? SupersededById { get; private set; }

    public static Document Draft(
        DocumentSystem system,
        DocType docType,
        IEnumerable<Guid> issuerOrgUnitIds,
        string subjectVi,
        string? subjectEn,
        DateTimeOffset now,
        Classification confidentiality = Classification.Unclassified,
        Urgency urgency = Urgency.Normal,
        IEnumerable<Field>? fields = null)
    {
        var document = New(system, docType, issuerOrgUnitIds, subjectVi, subjectEn, confidentiality, urgency, fields, now);
        document.Direction = Direction.Outgoing;
        document.Status = DocumentStatus.Draft;
        return document;
    }

    /// <summary>Registers a document issued elsewhere (văn bản đến), e.g. a central HD received by the clerk.</summary>
    public static Document RegisterIncoming(
        DocType docType,
        DocumentSymbol symbol,
        DateOnly issuedOn,
        IEnumerable<Guid> issuerOrgUnitIds,
        string subjectVi,
        string? subjectEn,
        DateTimeOffset now,
        Classification confidentiality = Classification.Unclassified,
        Urgency urgency = Urgency.Normal,
        IEnumerable<Field>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var document = New(symbol.System, docType, issuerOrgUnitIds, subjectVi, subjectEn, confidentiality, urgency, fields, now);
        document.EnsureSymbolFits(symbol);
        document.Direction = Direction.Incoming;
        document.Status = DocumentStatus.Issued;
        document.Symbol = symbol;
        document.Number = symbol.Number;
        document.IssuedOn = issuedOn;
        document.Raise(new DocumentRegistered(document.Id, symbol.ToString(), now));
        return document;
    }

    public void EditDraft(string subjectVi, string? subjectEn, Urgency urgency)
    {
        EnsureStatus(DocumentStatus.Draft, "edited");
        SubjectVi = Guard.Text(subjectVi, "A subject line (trích yếu)");
        SubjectEn = Guard.OptionalText(subjectEn);
        Urgency = Guard.Defined(urgency, nameof(urgency));
    }

    public void Reclassify(Classification confidentiality) => Confidentiality = confidentiality.EnsureAllowedHere();

    public void SubmitForReview(DateTimeOffset now)
    {
        EnsureStatus(DocumentStatus.Draft, "submitted for review");
        Status = DocumentStatus.InReview;
        ReviewComment = null;
        Raise(new DocumentSubmittedForReview(Id, now));
    }

    public void Approve(Guid approverId, DateTimeOffset now)
    {
        Guard.NotEmpty(approverId, nameof(approverId));
        EnsureStatus(DocumentStatus.InReview, "approved");
        Status = DocumentStatus.Approved;
        ApprovedByUserId = approverId;
        Raise(new DocumentApproved(Id, approverId, now));
    }

    public void ReturnToDraft(Guid reviewerId, string comment, DateTimeOffset now)
    {
        Guard.NotEmpty(reviewerId, nameof(reviewerId));
        var reason = Guard.Text(comment, "A comment explaining the return");
        EnsureStatus(DocumentStatus.InReview, "returned");
        Status = DocumentStatus.Draft;
        ReviewComment = reason;
        Raise(new DocumentReturned(Id, reviewerId, reason, now));
    }

    /// <summary>Numbers and issues an approved document; the number comes from its <see cref="NumberingSequence"/>.</summary>
    public void Issue(DocumentSymbol symbol, DateOnly issuedOn, Guid signerUserId, DateTimeOffset now, DateOnly? effectiveOn = null, DateOnly? expiresOn = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        Guard.NotEmpty(signerUserId, nameof(signerUserId));
        EnsureStatus(DocumentStatus.Approved, "issued");
        EnsureSymbolFits(symbol);
        if (effectiveOn < issuedOn || expiresOn < (effectiveOn ?? issuedOn))
        {
            throw new DomainException("A document cannot take effect before it is issued, nor expire before it takes effect.");
        }

        Status = DocumentStatus.Issued;
        Symbol = symbol;
        Number = symbol.Number;
        IssuedOn = issuedOn;
        EffectiveOn = effectiveOn;
        ExpiresOn = expiresOn;
        SignerUserId = signerUserId;
        Raise(new DocumentIssued(Id, symbol.ToString(), issuedOn, now));
    }

    public void Supersede(Document replacement, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        EnsureStatus(DocumentStatus.Issued, "superseded");
        if (replacement.Id == Id)
        {
            throw new DomainException("A document cannot replace itself.");
        }

        if (replacement.Status != DocumentStatus.Issued)
        {
            throw new DomainException("Only an issued document can replace another.");
        }

        Status = DocumentStatus.Superseded;
        SupersededById = replacement.Id;
        Raise(new DocumentSuperseded(Id, replacement.Id, now));
    }

    public void Expire(DateOnly on, DateTimeOffset now)
    {
        EnsureStatus(DocumentStatus.Issued, "expired");
        if (on < IssuedOn)
        {
            throw new DomainException("A document cannot expire before it was issued.");
        }

        Status = DocumentStatus.Expired;
        ExpiresOn = on;
        Raise(new DocumentExpired(Id, on, now));
    }

    // An issued document is part of the record others cite; only unissued drafts may be deleted.
    protected override void EnsureDeletable()
    {
        if (Status is not (DocumentStatus.Draft or DocumentStatus.InReview))
        {
            throw new DomainException($"A {Status} document cannot be deleted; it stays on record.");
        }
    }

    private static Document New(
        DocumentSystem system,
        DocType docType,
        IEnumerable<Guid> issuerOrgUnitIds,
        string subjectVi,
        string? subjectEn,
        Classification confidentiality,
        Urgency urgency,
        IEnumerable<Field>? fields,
        DateTimeOffset now)
    {
        var document = new Document(NewId(now))
        {
            System = Guard.Defined(system, nameof(system)),
            DocType = Guard.Defined(docType, nameof(docType)),
            SubjectVi = Guard.Text(subjectVi, "A subject line (trích yếu)"),
            SubjectEn = Guard.OptionalText(subjectEn),
            Confidentiality = confidentiality.EnsureAllowedHere(),
            Urgency = Guard.Defined(urgency, nameof(urgency)),
        };
        document._issuerOrgUnitIds.AddRange(Guard.NonEmptyIds(issuerOrgUnitIds, nameof(issuerOrgUnitIds), "issuing unit"));
        foreach (var field in fields ?? [])
        {
            if (!document._fields.Contains(Guard.Defined(field, nameof(fields))))
            {
                document._fields.Add(field);
            }
        }

        return document;
    }

    private void EnsureSymbolFits(DocumentSymbol symbol)
    {
        if (symbol.System != System)
        {
            throw new DomainException($"{symbol} is a {symbol.System} symbol, but the document belongs to the {System} system.");
        }

        if (!DocTypeCodes.Fits(DocType, System, symbol.TypeCode))
        {
            var expected = DocTypeCodes.For(DocType, System) ?? "no type code";
            throw new DomainException($"{symbol} does not fit a {DocType} ({expected}).");
        }
    }

    private void EnsureStatus(DocumentStatus required, string action) => Guard.Status(Status, "A document", action, required);
}

public sealed record DocumentRegistered(Guid DocumentId, string Symbol, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DocumentSubmittedForReview(Guid DocumentId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DocumentApproved(Guid DocumentId, Guid ApproverId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DocumentReturned(Guid DocumentId, Guid ReviewerId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DocumentIssued(Guid DocumentId, string Symbol, DateOnly IssuedOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DocumentSuperseded(Guid DocumentId, Guid ReplacementId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DocumentExpired(Guid DocumentId, DateOnly On, DateTimeOffset OccurredAt) : IDomainEvent;

using Supervision.Domain.Common;

namespace Supervision.Domain.Urging;

/// <summary>
/// Đôn đốc: a notice pressing units about overdue or at-risk tasks. Levels follow the ladder
/// observed in practice (DOMAIN §1.3): 1 system reminder, 2 contact by the specialist,
/// 3 official urging letter (công văn đôn đốc) signed by the board leader, 4 listing in the
/// giao ban or conference report. Reporting to the cấp ủy is an <see cref="Escalation"/>.
/// </summary>
public sealed class UrgeNotice : Entity
{
    public const int MinLevel = 1;
    public const int MaxLevel = 4;

    private readonly List<Guid> _targetTaskIds = [];
    private readonly List<Guid> _addresseeOrgUnitIds = [];

    private UrgeNotice()
    {
    }

    private UrgeNotice(Guid id)
        : base(id)
    {
    }

    public int Level { get; private set; }

    public IReadOnlyList<Guid> TargetTaskIds => _targetTaskIds;

    public IReadOnlyList<Guid> AddresseeOrgUnitIds => _addresseeOrgUnitIds;

    /// <summary>The công văn đôn đốc, for a level-3 notice.</summary>
    public Guid? DocumentId { get; private set; }

    public Guid IssuedByUserId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The message in English, for readers who chose English; none when it was written in Vietnamese only.</summary>
    public string? MessageEn { get; private set; }

    public Guid? PreviousNoticeId { get; private set; }

    public static UrgeNotice Issue(
        int level,
        IEnumerable<Guid> targetTaskIds,
        IEnumerable<Guid> addresseeOrgUnitIds,
        Guid issuedByUserId,
        DateTimeOffset now,
        string? message = null,
        Guid? documentId = null,
        string? messageEn = null)
    {
        if (level is < MinLevel or > MaxLevel)
        {
            throw new DomainException($"An urging level is {MinLevel} to {MaxLevel}, not {level}.");
        }

        var notice = new UrgeNotice(NewId(now))
        {
            Level = level,
            IssuedByUserId = Guard.NotEmpty(issuedByUserId, nameof(issuedByUserId)),
            IssuedAt = now,
            Message = Guard.OptionalText(message),
            MessageEn = Guard.OptionalText(messageEn),
            DocumentId = Guard.NotEmpty(documentId, nameof(documentId)),
        };
        notice._targetTaskIds.AddRange(Guard.NonEmptyIds(targetTaskIds, nameof(targetTaskIds), "target task"));
        notice._addresseeOrgUnitIds.AddRange(Guard.NonEmptyIds(addresseeOrgUnitIds, nameof(addresseeOrgUnitIds), "addressee unit"));
        notice.Raise(new UrgeNoticeIssued(notice.Id, level, notice._targetTaskIds.ToArray(), now));
        return notice;
    }

    /// <summary>The next rung of the ladder for the same tasks and units.</summary>
    public UrgeNotice Escalate(Guid issuedByUserId, DateTimeOffset now, string? message = null, Guid? documentId = null, string? messageEn = null)
    {
        if (Level == MaxLevel)
        {
            throw new DomainException("Level 4 is the last urging level; the next step is a report to the Party committee (an Escalation).");
        }

        if (now < IssuedAt)
        {
            throw new DomainException("A follow-up notice cannot precede the notice it follows.");
        }

        var next = Issue(Level + 1, _targetTaskIds, _addresseeOrgUnitIds, issuedByUserId, now, message, documentId, messageEn);
        next.PreviousNoticeId = Id;
        return next;
    }

    public void AttachLetter(Guid documentId)
    {
        Guard.NotEmpty(documentId, nameof(documentId));
        if (DocumentId is not null)
        {
            throw new DomainException("The notice already has its urging letter.");
        }

        DocumentId = documentId;
    }
}

public sealed record UrgeNoticeIssued(Guid NoticeId, int Level, IReadOnlyList<Guid> TargetTaskIds, DateTimeOffset OccurredAt) : IDomainEvent;

using Supervision.Domain.Common;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Coordination;

public enum CoordinationSide
{
    Party,
    State,
}

public enum CoordinationStatus
{
    Draft,
    InReview,

    /// <summary>Both sides approved the draft; it can be signed.</summary>
    Agreed,
    Signed,
    Ended,
}

public enum MeetingCadence
{
    Monthly,
    Quarterly,
    SemiAnnual,
}

/// <summary>
/// Chương trình phối hợp under 238-QĐ/TW between a Party board and the state agency at the same
/// level. Both sides review the draft in parallel; it is signed only when both have approved,
/// and a return by either side sends it back to drafting and voids the other's approval.
/// </summary>
public sealed class CoordinationProgramme : Entity
{
    private CoordinationProgramme()
    {
    }

    private CoordinationProgramme(Guid id)
        : base(id)
    {
    }

    public string TitleVi { get; private set; } = null!;

    public Guid PartyOrgUnitId { get; private set; }

    public Guid StateOrgUnitId { get; private set; }

    /// <summary>238-QĐ/TW or its successor.</summary>
    public Guid? LegalBasisDocumentId { get; private set; }

    public MeetingCadence Cadence { get; private set; }

    public Guid? PartyFocalPointUserId { get; private set; }

    public Guid? StateFocalPointUserId { get; private set; }

    public CoordinationStatus Status { get; private set; }

    public Guid? PartyApprovedByUserId { get; private set; }

    public DateTimeOffset? PartyApprovedAt { get; private set; }

    public Guid? StateApprovedByUserId { get; private set; }

    public DateTimeOffset? StateApprovedAt { get; private set; }

    public string? ReturnComment { get; private set; }

    /// <summary>The joint document, with its joint number.</summary>
    public Guid? DocumentId { get; private set; }

    public DateOnly? SignedOn { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public static CoordinationProgramme Draft(
        string titleVi, OrgUnit partyUnit, OrgUnit stateUnit, MeetingCadence cadence, DateTimeOffset now, Guid? legalBasisDocumentId = null)
    {
        ArgumentNullException.ThrowIfNull(partyUnit);
        ArgumentNullException.ThrowIfNull(stateUnit);
        if (partyUnit.System != OrgSystem.Party)
        {
            throw new DomainException($"{partyUnit.Code} is not a Party unit.");
        }

        if (stateUnit.System != OrgSystem.State)
        {
            throw new DomainException($"{stateUnit.Code} is not a state agency.");
        }

        return new CoordinationProgramme(NewId(now))
        {
            TitleVi = Guard.Text(titleVi, "A programme title"),
            PartyOrgUnitId = partyUnit.Id,
            StateOrgUnitId = stateUnit.Id,
            Cadence = Guard.Defined(cadence, nameof(cadence)),
            LegalBasisDocumentId = Guard.NotEmpty(legalBasisDocumentId, nameof(legalBasisDocumentId)),
            Status = CoordinationStatus.Draft,
        };
    }

    /// <summary>Cử đầu mối: one officer per side drafts the programme together.</summary>
    public void NominateFocalPoints(Guid partyUserId, Guid stateUserId)
    {
        EnsureStatus("given focal points", CoordinationStatus.Draft);
        Guard.NotEmpty(partyUserId, nameof(partyUserId));
        Guard.NotEmpty(stateUserId, nameof(stateUserId));
        if (partyUserId == stateUserId)
        {
            throw new DomainException("Each side nominates its own focal point.");
        }

        PartyFocalPointUserId = partyUserId;
        StateFocalPointUserId = stateUserId;
    }

    public void SubmitForReview(DateTimeOffset now)
    {
        EnsureStatus("submitted for review", CoordinationStatus.Draft);
        if (PartyFocalPointUserId is null || StateFocalPointUserId is null)
        {
            throw new DomainException("Both sides' focal points are nominated before the draft goes to review.");
        }

        Status = CoordinationStatus.InReview;
        Raise(new CoordinationProgrammeSubmitted(Id, now));
    }

    public void Approve(CoordinationSide side, Guid approverId, DateTimeOffset now)
    {
        Guard.Defined(side, nameof(side));
        Guard.NotEmpty(approverId, nameof(approverId));
        EnsureStatus("approved", CoordinationStatus.InReview);
        var (already, other) = side == CoordinationSide.Party
            ? (PartyApprovedByUserId, StateApprovedByUserId)
            : (StateApprovedByUserId, PartyApprovedByUserId);
        if (already is not null)
        {
            throw new DomainException($"The {side} side has already approved this draft.");
        }

        if (other == approverId)
        {
            throw new DomainException("One person cannot approve for both sides.");
        }

        if (side == CoordinationSide.Party)
        {
            PartyApprovedByUserId = approverId;
            PartyApprovedAt = now;
        }
        else
        {
            StateApprovedByUserId = approverId;
            StateApprovedAt = now;
        }

        Raise(new CoordinationProgrammeApprovedBySide(Id, side, approverId, now));
        if (PartyApprovedByUserId is not null && StateApprovedByUserId is not null)
        {
            Status = CoordinationStatus.Agreed;
            Raise(new CoordinationProgrammeAgreed(Id, now));
        }
    }

    public void Return(CoordinationSide side, Guid approverId, string comment, DateTimeOffset now)
    {
        Guard.Defined(side, nameof(side));
        Guard.NotEmpty(approverId, nameof(approverId));
        var reason = Guard.Text(comment, "A comment explaining the return");
        EnsureStatus("returned", CoordinationStatus.InReview);

        // The draft will change, so an approval given to the old text no longer holds.
        PartyApprovedByUserId = null;
        PartyApprovedAt = null;
        StateApprovedByUserId = null;
        StateApprovedAt = null;
        ReturnComment = reason;
        Status = CoordinationStatus.Draft;
        Raise(new CoordinationProgrammeReturned(Id, side, approverId, reason, now));
    }

    public void Sign(Guid jointDocumentId, DateOnly signedOn, DateOnly validFrom, DateOnly? validTo, DateTimeOffset now)
    {
        Guard.NotEmpty(jointDocumentId, nameof(jointDocumentId));
        if (Status == CoordinationStatus.InReview)
        {
            var missing = PartyApprovedByUserId is null ? CoordinationSide.Party : CoordinationSide.State;
            throw new DomainException($"Both sides must approve before signing; the {missing} side has not.");
        }

        EnsureStatus("signed", CoordinationStatus.Agreed);
        if (validFrom < signedOn || validTo <= validFrom)
        {
            throw new DomainException("A programme takes effect on or after signing and ends after it takes effect.");
        }

        DocumentId = jointDocumentId;
        SignedOn = signedOn;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Status = CoordinationStatus.Signed;
        Raise(new CoordinationProgrammeSigned(Id, signedOn, now));
    }

    /// <summary>Kết thúc after the tổng kết, or when replaced by a renewed programme.</summary>
    public void End(DateOnly on, string reason, DateTimeOffset now)
    {
        var why = Guard.Text(reason, "A reason for ending the programme");
        EnsureStatus("ended", CoordinationStatus.Signed);
        if (on < ValidFrom)
        {
            throw new DomainException("A programme cannot end before it takes effect.");
        }

        EndedOn = on;
        EndReason = why;
        Status = CoordinationStatus.Ended;
        Raise(new CoordinationProgrammeEnded(Id, on, now));
    }

    public bool IsApprovedBy(CoordinationSide side) =>
        (side == CoordinationSide.Party ? PartyApprovedByUserId : StateApprovedByUserId) is not null;

    private void EnsureStatus(string action, CoordinationStatus required) => Guard.Status(Status, "A programme", action, required);
}

public sealed record CoordinationProgrammeSubmitted(Guid ProgrammeId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoordinationProgrammeApprovedBySide(Guid ProgrammeId, CoordinationSide Side, Guid ApproverId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoordinationProgrammeAgreed(Guid ProgrammeId, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoordinationProgrammeReturned(Guid ProgrammeId, CoordinationSide Side, Guid ApproverId, string Comment, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoordinationProgrammeSigned(Guid ProgrammeId, DateOnly SignedOn, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoordinationProgrammeEnded(Guid ProgrammeId, DateOnly On, DateTimeOffset OccurredAt) : IDomainEvent;

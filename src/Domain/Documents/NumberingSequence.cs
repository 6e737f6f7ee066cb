using System.Globalization;
using Supervision.Domain.Common;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Documents;

public enum NumberingScope
{
    /// <summary>Party documents: from 01 per type over a Party-committee term (HD 36-HD/VPTW 2018).</summary>
    PartyTerm,

    /// <summary>State documents: from 01 on 1 January each year (ND 30/2020 Điều 15).</summary>
    CalendarYear,
}

/// <summary>
/// The counter for one issuer and one document type within one scope. A new term or a new
/// year is a new sequence, so a number can never be issued in the wrong scope by accident.
/// Concurrent issuers must be serialised by the store (a row version on this record).
/// </summary>
public sealed class NumberingSequence : Entity
{
    private NumberingSequence()
    {
    }

    private NumberingSequence(Guid id)
        : base(id)
    {
    }

    public Guid IssuerOrgUnitId { get; private set; }

    public DocType DocType { get; private set; }

    public DocumentSystem System { get; private set; }

    public NumberingScope Scope { get; private set; }

    /// <summary>"2025–2030" for a term, "2026" for a year; unique together with issuer and type.</summary>
    public string ScopeKey { get; private set; } = null!;

    public Guid? PartyTermId { get; private set; }

    public DateOnly ScopeFrom { get; private set; }

    public DateOnly ScopeTo { get; private set; }

    public int LastNumber { get; private set; }

    /// <param name="alreadyIssued">Numbers issued in this term before the system took over.</param>
    public static NumberingSequence ForPartyTerm(Guid issuerOrgUnitId, DocType docType, PartyTerm term, DateTimeOffset now, int alreadyIssued = 0)
    {
        ArgumentNullException.ThrowIfNull(term);
        var sequence = New(issuerOrgUnitId, docType, alreadyIssued, now);
        sequence.System = DocumentSystem.Party;
        sequence.Scope = NumberingScope.PartyTerm;
        sequence.ScopeKey = term.Name;
        sequence.PartyTermId = term.Id;
        sequence.ScopeFrom = term.Start;
        sequence.ScopeTo = term.End;
        return sequence;
    }

    /// <param name="alreadyIssued">Numbers issued this year before the system took over.</param>
    public static NumberingSequence ForCalendarYear(Guid issuerOrgUnitId, DocType docType, int year, DateTimeOffset now, int alreadyIssued = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1945);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var sequence = New(issuerOrgUnitId, docType, alreadyIssued, now);
        sequence.System = DocumentSystem.State;
        sequence.Scope = NumberingScope.CalendarYear;
        sequence.ScopeKey = year.ToString(CultureInfo.InvariantCulture);
        sequence.ScopeFrom = new DateOnly(year, 1, 1);
        sequence.ScopeTo = new DateOnly(year, 12, 31);
        return sequence;
    }

    public bool Covers(DateOnly issuedOn) => ScopeFrom <= issuedOn && issuedOn <= ScopeTo;

    /// <summary>Takes the next number for a document issued on <paramref name="issuedOn"/>.</summary>
    public int Next(DateOnly issuedOn)
    {
        if (!Covers(issuedOn))
        {
            throw new DomainException(
                $"{DocType} numbers of {ScopeKey} cover {ScopeFrom:dd/MM/yyyy}–{ScopeTo:dd/MM/yyyy}; "
                + $"a document issued on {issuedOn:dd/MM/yyyy} needs the sequence of its own {(Scope == NumberingScope.PartyTerm ? "term" : "year")}.");
        }

        LastNumber = checked(LastNumber + 1);
        return LastNumber;
    }

    private static NumberingSequence New(Guid issuerOrgUnitId, DocType docType, int alreadyIssued, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyIssued);
        return new NumberingSequence(NewId(now))
        {
            IssuerOrgUnitId = Guard.NotEmpty(issuerOrgUnitId, nameof(issuerOrgUnitId)),
            DocType = Guard.Defined(docType, nameof(docType)),
            LastNumber = alreadyIssued,
        };
    }
}

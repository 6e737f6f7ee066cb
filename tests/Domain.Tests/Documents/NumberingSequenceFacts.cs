using Supervision.Domain.Common;
using Supervision.Domain.Documents;
using Supervision.Domain.Organisation;

namespace Supervision.Domain.Tests.Documents;

public class NumberingSequenceFacts
{
    private static readonly Guid Issuer = Guid.NewGuid();

    private static readonly PartyTerm Term2025 =
        PartyTerm.Create(Guid.NewGuid(), "2025–2030", new(2025, 10, 15), new(2030, 10, 14), Times.Now);

    [Fact]
    public void PartySequence_KeepsCountingAcrossNewYear()
    {
        var sequence = NumberingSequence.ForPartyTerm(Issuer, DocType.Guidance, Term2025, Times.Now);

        sequence.Next(new(2025, 12, 30)).ShouldBe(1);
        sequence.Next(new(2025, 12, 31)).ShouldBe(2);
        sequence.Next(new(2026, 1, 1)).ShouldBe(3);
        sequence.Scope.ShouldBe(NumberingScope.PartyTerm);
        sequence.ScopeKey.ShouldBe("2025–2030");
    }

    [Fact]
    public void PartySequence_IsNotUsable_AfterTheTermEnds()
    {
        var sequence = NumberingSequence.ForPartyTerm(Issuer, DocType.Guidance, Term2025, Times.Now);
        sequence.Next(new(2030, 10, 14)).ShouldBe(1);

        Should.Throw<DomainException>(() => sequence.Next(new(2030, 10, 15)));
        sequence.LastNumber.ShouldBe(1);
    }

    [Fact]
    public void PartySequence_IsNotUsable_BeforeTheTermStarts()
    {
        var sequence = NumberingSequence.ForPartyTerm(Issuer, DocType.Guidance, Term2025, Times.Now);

        Should.Throw<DomainException>(() => sequence.Next(new(2025, 10, 14)));
    }

    [Fact]
    public void StateSequence_RestartsOnFirstJanuary()
    {
        var year2025 = NumberingSequence.ForCalendarYear(Issuer, DocType.Plan, 2025, Times.Now);
        var year2026 = NumberingSequence.ForCalendarYear(Issuer, DocType.Plan, 2026, Times.Now);
        year2025.Next(new(2025, 12, 30));
        year2025.Next(new(2025, 12, 31)).ShouldBe(2);

        Should.Throw<DomainException>(() => year2025.Next(new(2026, 1, 1)));
        year2026.Next(new(2026, 1, 1)).ShouldBe(1);
        year2026.ScopeKey.ShouldBe("2026");
        year2026.System.ShouldBe(DocumentSystem.State);
    }

    [Fact]
    public void Next_ContinuesFromNumbersIssuedBeforeTheSystem()
    {
        var sequence = NumberingSequence.ForPartyTerm(Issuer, DocType.Plan, Term2025, Times.Now, alreadyIssued: 171);

        sequence.Next(new(2026, 1, 21)).ShouldBe(172);
    }

    [Fact]
    public void Create_IsNotPossible_WithNegativeStart()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => NumberingSequence.ForCalendarYear(Issuer, DocType.Plan, 2026, Times.Now, alreadyIssued: -1));
    }

    [Fact]
    public void NextNumber_FormsTheSymbolTheDocumentAccepts()
    {
        var sequence = NumberingSequence.ForPartyTerm(Issuer, DocType.Guidance, Term2025, Times.Now, alreadyIssued: 30);
        var document = Documents.Approved(Documents.PartyGuidanceDraft());
        var issuedOn = new DateOnly(2026, 1, 8);

        var number = sequence.Next(issuedOn);
        document.Issue(DocumentSymbol.Party(number, DocTypeCodes.For(document.DocType, document.System)!, "BTGTW"), issuedOn, Guid.NewGuid(), Times.Now);

        document.Symbol!.ToString().ShouldBe("31-HD/BTGTW");
    }
}

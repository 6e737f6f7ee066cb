using CsCheck;
using Supervision.Domain.Documents;

namespace Supervision.Domain.Tests.Documents;

public class DocumentSymbolFacts
{
    [Theory]
    [InlineData("31-HD/BTGTW", 31, "HD", "BTGTW")]
    [InlineData("172-KH/TU", 172, "KH", "TU")]
    [InlineData("08-QC/TW", 8, "QC", "TW")]
    [InlineData("07-QĐi/TW", 7, "QĐi", "TW")]
    [InlineData("45-BC/ĐU", 45, "BC", "ĐU")]
    [InlineData("06-HD/UBKTTW", 6, "HD", "UBKTTW")]
    public void Parse_ReadsPartySymbols(string text, int number, string type, string issuer)
    {
        var symbol = DocumentSymbol.Parse(text);

        symbol.System.ShouldBe(DocumentSystem.Party);
        symbol.Number.ShouldBe(number);
        symbol.TypeCode.ShouldBe(type);
        symbol.Issuer.ShouldBe(issuer);
        symbol.Year.ShouldBeNull();
        symbol.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("45/2020/NĐ-CP", 45, 2020, "NĐ", "CP")]
    [InlineData("42/2014/QĐ-TTg", 42, 2014, "QĐ", "TTg")]
    [InlineData("130/KH-UBND", 130, null, "KH", "UBND")]
    [InlineData("1270/BC-TCTTTg", 1270, null, "BC", "TCTTTg")]
    [InlineData("15/CTr-UBND", 15, null, "CTr", "UBND")]
    [InlineData("12729/VPCP-KGVX", 12729, null, null, "VPCP-KGVX")]
    [InlineData("09/2019/NĐ-CP", 9, 2019, "NĐ", "CP")]
    public void Parse_ReadsStateSymbols(string text, int number, int? year, string? type, string issuer)
    {
        var symbol = DocumentSymbol.Parse(text);

        symbol.System.ShouldBe(DocumentSystem.State);
        symbol.Number.ShouldBe(number);
        symbol.Year.ShouldBe(year);
        symbol.TypeCode.ShouldBe(type);
        symbol.Issuer.ShouldBe(issuer);
        symbol.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("Số 31-HD/BTGTW")]
    [InlineData("Số: 31-HD/BTGTW")]
    [InlineData("  số:31-HD/BTGTW ")]
    public void Parse_AcceptsTheSoPrefixAsWrittenOnDocuments(string text)
    {
        DocumentSymbol.Parse(text).ShouldBe(DocumentSymbol.Party(31, "HD", "BTGTW"));
    }

    [Fact]
    public void Parse_AcceptsDecomposedUnicode()
    {
        // "QĐi" has no decomposable letter, but "Số" does: Word sometimes stores it as o + combining hook + acute.
        var decomposed = "Số 45/2020/NĐ-CP".Normalize(System.Text.NormalizationForm.FormD);

        DocumentSymbol.Parse(decomposed).ToString().ShouldBe("45/2020/NĐ-CP");
    }

    [Theory]
    [InlineData("")]
    [InlineData("HD/BTGTW")]
    [InlineData("0-HD/BTGTW")]
    [InlineData("31-HD/")]
    [InlineData("31-HD/btgtw")]
    [InlineData("31-HD/BTG-")]
    [InlineData("130/KH")]
    [InlineData("45/20/NĐ-CP")]
    [InlineData("99999999999-HD/TW")]
    public void TryParse_RefusesMalformedSymbols(string text)
    {
        DocumentSymbol.TryParse(text, out var symbol).ShouldBeFalse();
        symbol.ShouldBeNull();
    }

    [Fact]
    public void Parse_ThrowsFormatException_ForMalformedSymbol()
    {
        Should.Throw<FormatException>(() => DocumentSymbol.Parse("not a symbol"));
    }

    [Fact]
    public void ToString_PadsNumbersBelowTenWithAZero()
    {
        DocumentSymbol.Party(8, "QC", "TW").ToString().ShouldBe("08-QC/TW");
        DocumentSymbol.State(1, "QĐ", "UBND", 2026).ToString().ShouldBe("01/2026/QĐ-UBND");
        DocumentSymbol.State(7, null, "VPCP-KGVX").ToString().ShouldBe("07/VPCP-KGVX");
    }

    [Fact]
    public void State_IsNotPossible_WithAnUnknownTypeCode()
    {
        Should.Throw<ArgumentException>(() => DocumentSymbol.State(3, "XYZ", "UBND"));
    }

    [Fact]
    public void State_IsNotPossible_WithoutTypeWhenIssuerStartsLikeAType()
    {
        // Formatting it would give "3/KH-UBND", which reads back as a plan of the UBND.
        Should.Throw<ArgumentException>(() => DocumentSymbol.State(3, null, "KH-UBND"));
    }

    [Fact]
    public void Party_IsNotPossible_WithLowercaseIssuer()
    {
        Should.Throw<ArgumentException>(() => DocumentSymbol.Party(3, "HD", "btgtw"));
    }

    private static readonly Gen<string> PartyTypes = Gen.OneOf("NQ", "CT", "KL", "QĐ", "QĐi", "QC", "HD", "KH", "CTr", "BC", "TB", "CV", "TTr", "BB", "ĐA");
    private static readonly Gen<string> StateTypes = Gen.OneOf("NQ", "QĐ", "CT", "QyĐ", "TB", "HD", "KH", "CTr", "BC", "TTr", "ĐA", "NĐ", "TT");
    private static readonly Gen<string> Segments = Gen.OneOf("TW", "TU", "HU", "ĐU", "BTGTW", "BTGDVTU", "UBKTTW", "VPCP", "UBND", "SYT", "KGVX", "QN", "TTg", "CP", "VX");

    [Fact]
    public void PartySymbols_RoundTripThroughText()
    {
        Gen.Select(Gen.Int[1, 99_999], PartyTypes, Segments, Gen.Bool, Segments)
            .Select((n, type, issuer, suffixed, suffix) => DocumentSymbol.Party(n, type, suffixed ? $"{issuer.ToUpperInvariant()}-{suffix.ToUpperInvariant()}" : issuer.ToUpperInvariant()))
            .Sample(symbol => DocumentSymbol.Parse(symbol.ToString()).ShouldBe(symbol));
    }

    [Fact]
    public void StateSymbols_RoundTripThroughText()
    {
        var typed = Gen.Select(Gen.Int[1, 99_999], StateTypes, Segments, Gen.Int[1990, 2099].Nullable())
            .Select((n, type, issuer, year) => DocumentSymbol.State(n, type, issuer, year));
        var letters = Gen.Select(Gen.Int[1, 99_999], Segments, Segments)
            .Select((n, issuer, department) => DocumentSymbol.State(n, null, $"{issuer}-{department}"));

        Gen.OneOf<DocumentSymbol>(typed, letters).Sample(symbol => DocumentSymbol.Parse(symbol.ToString()).ShouldBe(symbol));
    }
}

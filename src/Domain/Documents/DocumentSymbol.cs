using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Supervision.Domain.Documents;

/// <summary>
/// Số, ký hiệu văn bản. Party form: <c>31-HD/BTGTW</c> (number-type/issuer). State forms:
/// <c>45/2020/NĐ-CP</c> (legal normative, with year), <c>130/KH-UBND</c> (administrative) and
/// <c>12729/VPCP-KGVX</c> (công văn: issuer and department, no type). Numbers below 10 are written
/// with a leading zero, as both systems require.
/// </summary>
public sealed partial record DocumentSymbol
{
    private DocumentSymbol(DocumentSystem system, int number, int? year, string? typeCode, string issuer)
    {
        System = system;
        Number = number;
        Year = year;
        TypeCode = typeCode;
        Issuer = issuer;
    }

    public DocumentSystem System { get; }

    public int Number { get; }

    /// <summary>Only state legal normative documents carry the year in the symbol.</summary>
    public int? Year { get; }

    /// <summary>NQ, HD, KH…; null for a state công văn.</summary>
    public string? TypeCode { get; }

    /// <summary>BTGTW, TU, UBND, CP, or "VPCP-KGVX" (issuer and department) for a state công văn.</summary>
    public string Issuer { get; }

    public static DocumentSymbol Party(int number, string typeCode, string issuer)
    {
        ArgumentNullException.ThrowIfNull(typeCode);
        ArgumentNullException.ThrowIfNull(issuer);
        var symbol = new DocumentSymbol(DocumentSystem.Party, CheckNumber(number), null, Normalize(typeCode), Normalize(issuer));
        return symbol.IsWellFormed()
            ? symbol
            : throw new ArgumentException($"\"{typeCode}/{issuer}\" is not a Party type code and issuer.");
    }

    public static DocumentSymbol State(int number, string? typeCode, string issuer, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var code = typeCode is null ? null : Normalize(typeCode);
        var symbol = new DocumentSymbol(DocumentSystem.State, CheckNumber(number), year, code, Normalize(issuer));
        return symbol.IsWellFormed()
            ? symbol
            : throw new ArgumentException($"\"{typeCode}-{issuer}\" (year {year}) is not a state type code and issuer.");
    }

    public static DocumentSymbol Parse(string text) =>
        TryParse(text, out var symbol) ? symbol : throw new FormatException($"\"{text}\" is not a document number and symbol.");

    /// <summary>Reads a symbol as written on a document, with or without the leading "Số" / "Số:".</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentSymbol? symbol)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = SoPrefix().Replace(Normalize(text), string.Empty);

        var party = PartyPattern().Match(s);
        if (party.Success)
        {
            symbol = new DocumentSymbol(
                DocumentSystem.Party, ParseNumber(party.Groups["n"].Value), null, party.Groups["type"].Value, party.Groups["issuer"].Value);
            return Accept(ref symbol);
        }

        var state = StatePattern().Match(s);
        if (!state.Success)
        {
            return false;
        }

        int? year = state.Groups["year"].Success ? int.Parse(state.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        var rest = state.Groups["rest"].Value;
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        string? type = null;
        var issuer = rest;
        if (dash > 0 && DocTypeCodes.IsStateTypeCode(rest[..dash]))
        {
            type = rest[..dash];
            issuer = rest[(dash + 1)..];
        }

        symbol = new DocumentSymbol(DocumentSystem.State, ParseNumber(state.Groups["n"].Value), year, type, issuer);
        return Accept(ref symbol);
    }

    public override string ToString()
    {
        var n = Number.ToString("00", CultureInfo.InvariantCulture);
        if (System == DocumentSystem.Party)
        {
            return $"{n}-{TypeCode}/{Issuer}";
        }

        var year = Year is null ? string.Empty : $"{Year}/";
        var body = TypeCode is null ? Issuer : $"{TypeCode}-{Issuer}";
        return $"{n}/{year}{body}";
    }

    private static bool Accept([NotNullWhen(true)] ref DocumentSymbol? symbol)
    {
        if (symbol is not null && symbol.IsWellFormed())
        {
            return true;
        }

        symbol = null;
        return false;
    }

    // One rule for both construction and parsing, so anything parsed can be built and formatted back.
    private bool IsWellFormed()
    {
        if (Number < 1)
        {
            return false;
        }

        if (System == DocumentSystem.Party)
        {
            return Year is null && TypeCode is not null && PartyTypePattern().IsMatch(TypeCode) && PartyIssuerPattern().IsMatch(Issuer);
        }

        if (Year is < 1945 or > 9999 || !StateIssuerPattern().IsMatch(Issuer))
        {
            return false;
        }

        // Without a type, an issuer that starts with a type code would read back as a type
        // ("130/KH" has no issuer at all).
        return TypeCode is null
            ? !DocTypeCodes.IsStateTypeCode(Issuer.Split('-')[0])
            : DocTypeCodes.IsStateTypeCode(TypeCode);
    }

    private static int CheckNumber(int number) =>
        number >= 1 ? number : throw new ArgumentOutOfRangeException(nameof(number), number, "Document numbers start at 1.");

    private static int ParseNumber(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    // Text pasted from Word can arrive decomposed; compare and store the composed form.
    private static string Normalize(string text) => text.Trim().Normalize(NormalizationForm.FormC);

    // Patterns from DOMAIN §1.6. The state pattern is looser than the document's on purpose: the
    // document's uppercase-only type group misses CTr and QyĐ and would take a công văn's issuer
    // for a type, so the type is split off afterwards against the list of known codes.
    [GeneratedRegex(@"^(?<n>\d+)-(?<type>\p{L}+)/(?<issuer>[\p{Lu}0-9\-]+)$")]
    private static partial Regex PartyPattern();

    [GeneratedRegex(@"^(?<n>\d+)/(?:(?<year>\d{4})/)?(?<rest>[\p{L}0-9]+(?:-[\p{L}0-9]+)*)$")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"^\p{L}+$")]
    private static partial Regex PartyTypePattern();

    [GeneratedRegex(@"^[\p{Lu}0-9]+(?:-[\p{Lu}0-9]+)*$")]
    private static partial Regex PartyIssuerPattern();

    [GeneratedRegex(@"^[\p{L}0-9]+(?:-[\p{L}0-9]+)*$")]
    private static partial Regex StateIssuerPattern();

    [GeneratedRegex(@"^Số\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex SoPrefix();
}

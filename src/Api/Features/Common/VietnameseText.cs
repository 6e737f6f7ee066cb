namespace Supervision.Api.Features.Common;

/// <summary>Search that ignores Vietnamese tone marks and letter case: "ke hoach" finds "Kế hoạch", "dang uy" finds "Đảng ủy".</summary>
public static class VietnameseText
{
    /// <summary>Lower case without diacritics, đ → d: the same folding as the task list's stored search text.</summary>
    public static string Fold(string? text) => string.IsNullOrEmpty(text) ? "" : Workflows.Human.SearchText.Fold(text);

    /// <summary>True when every word of the query occurs in one of the texts, ignoring marks and case.</summary>
    public static bool Matches(string? query, params string?[] texts)
    {
        var words = Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            return true;
        var haystack = string.Join('\n', texts.Select(Fold));
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }
}

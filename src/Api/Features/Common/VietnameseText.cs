using System.Globalization;
using System.Text;

namespace Supervision.Api.Features.Common;

/// <summary>Search that ignores Vietnamese tone marks and letter case: "ke hoach" finds "Kế hoạch", "dang uy" finds "Đảng ủy".</summary>
public static class VietnameseText
{
    /// <summary>Lower case without diacritics; đ becomes d (it is a letter of its own, not d with a mark, so Unicode does not decompose it).</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

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

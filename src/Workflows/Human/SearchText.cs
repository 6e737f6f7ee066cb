using System.Globalization;
using System.Text;

namespace Supervision.Workflows.Human;

/// <summary>Accent-insensitive text for Vietnamese search: "dieu tra" finds "điều tra", and d matches đ.</summary>
public static class SearchText
{
    /// <summary>Lower case, without diacritics, đ → d.</summary>
    public static string Fold(string text) => WithoutMarks(text).ToLowerInvariant();

    /// <summary>The letters without their diacritics, case kept: "Đôn đốc" → "Don doc".</summary>
    public static string WithoutMarks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

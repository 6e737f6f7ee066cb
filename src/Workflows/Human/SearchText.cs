using System.Globalization;
using System.Text;

namespace Supervision.Workflows.Human;

/// <summary>Accent-insensitive text for Vietnamese search: "dieu tra" finds "điều tra", and d matches đ.</summary>
public static class SearchText
{
    /// <summary>Lower case, without diacritics, đ → d.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}

using System.Globalization;
using FluentValidation;

namespace Supervision.Api.Features.Common;

/// <summary>The rule every free-text field of a command follows: no control characters.</summary>
public static class TextRules
{
    /// <summary>
    /// Refuses C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F): a NUL or an escape stored as sent breaks
    /// exports, logs and PostgreSQL, and hides text from whoever reads it. Multi-line text (comments, reasons,
    /// descriptions) keeps tab, CR and LF; single-line text (names, ids, titles, passwords) has none. The message names
    /// the character and where it is; the field is named by the rule.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule, bool multiLine = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(text => FirstControl(text, multiLine) < 0)
            .WithMessage((_, text) =>
            {
                var at = FirstControl(text, multiLine);
                var code = ((int)text![at]).ToString("X4", CultureInfo.InvariantCulture);
                var position = (at + 1).ToString(CultureInfo.InvariantCulture);
                return multiLine
                    ? $"Control characters other than tab and line breaks are not allowed here (U+{code} at position {position})."
                    : $"Control characters are not allowed here (U+{code} at position {position}).";
            });
    }

    /// <summary>The index of the first control character that is not allowed, or -1.</summary>
    private static int FirstControl(string? text, bool multiLine)
    {
        if (text is null)
            return -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && !(multiLine && (c is '\t' or '\r' or '\n')))
                return i;
        }
        return -1;
    }
}

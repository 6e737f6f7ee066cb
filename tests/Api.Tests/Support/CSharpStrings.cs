using System.Text;

namespace Supervision.Api.Tests.Support;

/// <summary>
/// Reads the string literals of C# source, enough to check the messages the sources hold: regular, verbatim and
/// interpolated strings (each interpolated part becomes <c>{0}</c>, <c>{1}</c>… as in the translation table), with
/// comments and character literals skipped. Raw string literals are skipped whole.
/// </summary>
internal static class CSharpStrings
{
    /// <summary>The literals of the source, where each starts and ends; literals joined by <c>+</c> are one.</summary>
    public static IReadOnlyList<(int Start, string Text)> Literals(string source)
    {
        var found = new List<(int Start, int End, string Text)>();
        var i = 0;
        while (i < source.Length)
        {
            if (Skip(source, ref i))
                continue;
            if (StartsLiteral(source, i))
            {
                var start = i;
                var text = Read(source, ref i);
                if (text is null)
                    continue;
                if (found.Count > 0 && source.AsSpan(found[^1].End, start - found[^1].End).Trim().SequenceEqual("+"))
                    found[^1] = (found[^1].Start, i, found[^1].Text + text);
                else
                    found.Add((start, i, text));
                continue;
            }
            i++;
        }
        return found.Select(l => (l.Start, l.Text)).ToList();
    }

    /// <summary>The index of the parenthesis that closes the one at <paramref name="open"/>, past strings and comments.</summary>
    public static int ClosingParenthesis(string source, int open)
    {
        var depth = 0;
        var i = open;
        while (i < source.Length)
        {
            if (Skip(source, ref i))
                continue;
            if (StartsLiteral(source, i))
            {
                Read(source, ref i);
                continue;
            }
            if (source[i] == '(')
                depth++;
            else if (source[i] == ')' && --depth == 0)
                return i;
            i++;
        }
        return source.Length;
    }

    // Comments and character literals.
    private static bool Skip(string source, ref int i)
    {
        if (At(source, i, "//"))
        {
            var end = source.IndexOf('\n', i);
            i = end < 0 ? source.Length : end;
            return true;
        }
        if (At(source, i, "/*"))
        {
            var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
            i = end < 0 ? source.Length : end + 2;
            return true;
        }
        if (source[i] == '\'')
        {
            var j = i + 1;
            while (j < source.Length && source[j] != '\'')
                j += source[j] == '\\' ? 2 : 1;
            i = j + 1;
            return true;
        }
        return false;
    }

    private static bool StartsLiteral(string source, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(source[i - 1]) || source[i - 1] == '_'))
            return false;
        var j = i;
        while (j < source.Length && j - i < 3 && source[j] is '$' or '@')
            j++;
        return j < source.Length && source[j] == '"';
    }

    // Reads the literal at i (its prefix included) and moves past it; null for a raw string literal.
    private static string? Read(string source, ref int i)
    {
        var interpolated = false;
        var verbatim = false;
        while (source[i] is '$' or '@')
        {
            interpolated |= source[i] == '$';
            verbatim |= source[i] == '@';
            i++;
        }
        if (At(source, i, "\"\"\""))
        {
            var quotes = 0;
            while (source[i + quotes] == '"')
                quotes++;
            var end = source.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
            i = end < 0 ? source.Length : end + quotes;
            return null;
        }
        i++;
        var text = new StringBuilder();
        var hole = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (verbatim && At(source, i, "\"\""))
            {
                text.Append('"');
                i += 2;
            }
            else if (c == '"')
            {
                i++;
                return text.ToString();
            }
            else if (!verbatim && c == '\\' && i + 1 < source.Length)
            {
                text.Append(source[i + 1] switch { 'n' => '\n', 't' => '\t', var escaped => escaped });
                i += 2;
            }
            else if (interpolated && At(source, i, "{{"))
            {
                text.Append('{');
                i += 2;
            }
            else if (interpolated && At(source, i, "}}"))
            {
                text.Append('}');
                i += 2;
            }
            else if (interpolated && c == '{')
            {
                SkipHole(source, ref i);
                text.Append('{').Append(hole++).Append('}');
            }
            else
            {
                text.Append(c);
                i++;
            }
        }
        return text.ToString();
    }

    private static void SkipHole(string source, ref int i)
    {
        var depth = 0;
        while (i < source.Length)
        {
            if (source[i] == '\'' && Skip(source, ref i))
                continue;
            if (StartsLiteral(source, i))
            {
                Read(source, ref i);
                continue;
            }
            if (source[i] == '{')
                depth++;
            else if (source[i] == '}' && --depth == 0)
            {
                i++;
                return;
            }
            i++;
        }
    }

    private static bool At(string source, int i, string text) => string.CompareOrdinal(source, i, text, 0, text.Length) == 0;
}

using static FineTune.Pipeline.Tokens.CodePointClass;

namespace FineTune.Pipeline.Tokens;

/// <summary>Building blocks shared by the o200k and cl100k pre-tokenizers, each one a regex fragment.</summary>
internal static class PieceScanner
{
    /// <summary>
    /// <c>\s*[\r\n]+|\s+(?!\S)|\s+</c> at a whitespace character (the three alternatives as a backtracking
    /// engine tries them): up to the last line break of the whitespace run; else the whole run when it ends the
    /// text; else the run minus its last character, leaving that one to prefix the next word; else the single
    /// character. cl100k's <c>\s++$|\s*[\r\n]|\s+(?!\S)|\s</c> cuts the same pieces.
    /// </summary>
    public static int Whitespace(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        int lastNewLine = -1;
        while (end < text.Length)
        {
            char c = text[end];
            if (char.IsSurrogate(c) || (GetBmp(c) & Space) == 0)
            {
                break;
            }

            if (c is '\r' or '\n')
            {
                lastNewLine = end;
            }

            end++;
        }

        if (lastNewLine >= 0)
        {
            return lastNewLine + 1;
        }

        if (end == text.Length || end - start == 1)
        {
            return end;
        }

        return end - 1;
    }

    /// <summary><c>[^\s\p{L}\p{N}]+</c> from <paramref name="index"/>: the end of the run (the start when empty).</summary>
    public static int SymbolRun(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length)
        {
            if ((Get(text, index, out int width) & NotSpaceLetterNumber) != 0)
            {
                break;
            }

            index += width;
        }

        return index;
    }

    /// <summary><c>\p{N}{1,3}</c> at a number.</summary>
    public static int Digits(ReadOnlySpan<char> text, int start)
    {
        int index = start;
        for (int n = 0; n < 3 && index < text.Length; n++)
        {
            if ((Get(text, index, out int width) & Number) == 0)
            {
                break;
            }

            index += width;
        }

        return index;
    }

    /// <summary>Skips characters while they are <c>\r</c>, <c>\n</c> or (when <paramref name="slash"/>) <c>/</c>.</summary>
    public static int LineBreaks(ReadOnlySpan<char> text, int index, bool slash)
    {
        while (index < text.Length && (text[index] is '\r' or '\n' || (slash && text[index] == '/')))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// <c>(?i:'s|'t|'re|'ve|'m|'ll|'d)</c> at <paramref name="index"/>: the end of the contraction, or -1.
    /// Case-insensitive as Rust's regex folds case, so <c>'ſ</c> (long s) counts as <c>'s</c>.
    /// </summary>
    public static int Contraction(ReadOnlySpan<char> text, int index)
    {
        if (index + 1 >= text.Length || text[index] != '\'')
        {
            return -1;
        }

        switch (text[index + 1])
        {
            case 's' or 'S' or '\u017F' or 't' or 'T' or 'm' or 'M' or 'd' or 'D':
                return index + 2;
            case 'r' or 'R' or 'v' or 'V':
                return index + 2 < text.Length && text[index + 2] is 'e' or 'E' ? index + 3 : -1;
            case 'l' or 'L':
                return index + 2 < text.Length && text[index + 2] is 'l' or 'L' ? index + 3 : -1;
            default:
                return -1;
        }
    }
}

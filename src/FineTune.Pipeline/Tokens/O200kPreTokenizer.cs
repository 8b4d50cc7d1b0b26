using static FineTune.Pipeline.Tokens.CodePointClass;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// tiktoken's <c>o200k_base</c> pattern, alternative by alternative, in the order a backtracking engine tries them:
/// <code>
/// 1 [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// 2 [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
/// 3 \p{N}{1,3}
/// 4  ?[^\s\p{L}\p{N}]+[\r\n/]*
/// 5 \s*[\r\n]+    6 \s+(?!\S)    7 \s+
/// </code>
/// </summary>
internal readonly struct O200kPreTokenizer : IPreTokenizer
{
    public static int NextPieceEnd(ReadOnlySpan<char> text, int start)
    {
        int flags = Get(text, start, out int width);
        if ((flags & NotLetterNumberNewLine) == 0)
        {
            // The optional leading character is present; each alternative first tries with it, then without
            // (without it only a mark can start a word, as marks belong to both case classes).
            bool mark = (flags & (Upper | Lower)) != 0;
            int end = CasedWord(text, start + width, upperRunMayEnd: false);
            if (end < 0 && mark)
            {
                end = CasedWord(text, start, upperRunMayEnd: false);
            }

            if (end < 0)
            {
                end = CasedWord(text, start + width, upperRunMayEnd: true);
            }

            if (end < 0 && mark)
            {
                end = CasedWord(text, start, upperRunMayEnd: true);
            }

            if (end >= 0)
            {
                return end;
            }

            // Alternative 4, with and without its leading space.
            if (text[start] == ' ' && start + 1 < text.Length)
            {
                int symbols = PieceScanner.SymbolRun(text, start + 1);
                if (symbols > start + 1)
                {
                    return PieceScanner.LineBreaks(text, symbols, slash: true);
                }
            }

            if ((flags & Space) == 0)
            {
                return PieceScanner.LineBreaks(text, PieceScanner.SymbolRun(text, start), slash: true);
            }

            return PieceScanner.Whitespace(text, start);
        }

        if ((flags & Letter) != 0)
        {
            int end = CasedWord(text, start, upperRunMayEnd: false);
            return end >= 0 ? end : CasedWord(text, start, upperRunMayEnd: true);
        }

        return (flags & Number) != 0 ? PieceScanner.Digits(text, start) : PieceScanner.Whitespace(text, start);
    }

    /// <summary>
    /// Alternative 1 (<paramref name="upperRunMayEnd"/> false: <c>U*W+</c>) or 2 (true: <c>U+W*</c>) from
    /// <paramref name="index"/>, then the optional contraction; -1 when it does not match there.
    /// U is the upper class, W the lower class; they overlap (Lm, Lo and marks are in both).
    /// </summary>
    private static int CasedWord(ReadOnlySpan<char> text, int index, bool upperRunMayEnd)
    {
        int upperEnd = index;
        int lastLowerEnd = -1;
        int flags = 0;
        while (upperEnd < text.Length)
        {
            flags = Get(text, upperEnd, out int width);
            if ((flags & Upper) == 0)
            {
                break;
            }

            upperEnd += width;
            if ((flags & Lower) != 0)
            {
                lastLowerEnd = upperEnd;
            }
        }

        int end;
        if (upperEnd < text.Length && (flags & Lower) != 0 && (upperRunMayEnd ? upperEnd > index : true))
        {
            // The upper run stops at a lower-only letter: the lower run continues from there.
            end = upperEnd;
            while (end < text.Length)
            {
                if ((Get(text, end, out int width) & Lower) == 0)
                {
                    break;
                }

                end += width;
            }
        }
        else if (upperRunMayEnd)
        {
            if (upperEnd == index)
            {
                return -1;
            }

            end = upperEnd;
        }
        else
        {
            // U* gives characters back until one of them can be the single W that W+ needs.
            if (lastLowerEnd < 0)
            {
                return -1;
            }

            end = lastLowerEnd;
        }

        int contraction = PieceScanner.Contraction(text, end);
        return contraction >= 0 ? contraction : end;
    }
}

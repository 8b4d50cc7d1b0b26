using static FineTune.Pipeline.Tokens.CodePointClass;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// tiktoken's <c>cl100k_base</c> pattern, alternative by alternative, in the order a backtracking engine tries them:
/// <code>
/// 1 (?i:'s|'t|'re|'ve|'m|'ll|'d)    2 [^\r\n\p{L}\p{N}]?\p{L}+    3 \p{N}{1,3}
/// 4  ?[^\s\p{L}\p{N}]+[\r\n]*      5 \s*[\r\n]+    6 \s+(?!\S)    7 \s+
/// </code>
/// This is the spelling of tiktoken 1.0.22 (npm) and of older Python tiktoken. The newer Python spelling, with
/// possessive quantifiers and <c>\s++$</c>, keeps whitespace that ends the text in one piece where this one cuts it
/// after its last line break; the counts agree, as the vocabulary has no token joining a line break to later spaces.
/// </summary>
internal readonly struct Cl100kPreTokenizer : IPreTokenizer
{
    public static int NextPieceEnd(ReadOnlySpan<char> text, int start)
    {
        int flags = Get(text, start, out int width);
        if ((flags & Letter) != 0)
        {
            return LetterRun(text, start + width);
        }

        if ((flags & Number) != 0)
        {
            return PieceScanner.Digits(text, start);
        }

        if ((flags & NewLine) != 0)
        {
            return PieceScanner.Whitespace(text, start);
        }

        int contraction = PieceScanner.Contraction(text, start);
        if (contraction >= 0)
        {
            return contraction;
        }

        // The optional leading character (anything but \r \n \p{L} \p{N}) followed by letters.
        int next = start + width;
        if (next < text.Length && (Get(text, next, out int nextWidth) & Letter) != 0)
        {
            return LetterRun(text, next + nextWidth);
        }

        if (text[start] == ' ' && next < text.Length)
        {
            int symbols = PieceScanner.SymbolRun(text, next);
            if (symbols > next)
            {
                return PieceScanner.LineBreaks(text, symbols, slash: false);
            }
        }

        if ((flags & Space) == 0)
        {
            return PieceScanner.LineBreaks(text, PieceScanner.SymbolRun(text, start), slash: false);
        }

        return PieceScanner.Whitespace(text, start);
    }

    private static int LetterRun(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length)
        {
            if ((Get(text, index, out int width) & Letter) == 0)
            {
                break;
            }

            index += width;
        }

        return index;
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// The character classes that tiktoken's pre-tokenization patterns use, looked up per Unicode code point
/// (not per UTF-16 unit, so that letters and digits outside the BMP behave as in tiktoken's Rust regex).
/// A lone surrogate is classified like U+FFFD (a symbol), which is what tiktoken sees after UTF-8 conversion.
/// </summary>
internal static class CodePointClass
{
    /// <summary><c>\p{L}</c>.</summary>
    public const int Letter = 1;

    /// <summary><c>[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]</c>, o200k's "upper case" class.</summary>
    public const int Upper = 2;

    /// <summary><c>[\p{Ll}\p{Lm}\p{Lo}\p{M}]</c>, o200k's "lower case" class.</summary>
    public const int Lower = 4;

    /// <summary><c>\p{N}</c>.</summary>
    public const int Number = 8;

    /// <summary><c>\s</c>: the Unicode White_Space property.</summary>
    public const int Space = 16;

    /// <summary><c>[\r\n]</c>.</summary>
    public const int NewLine = 32;

    /// <summary>Neither of <c>\r \n \p{L} \p{N}</c>: the optional leading character before a word.</summary>
    public const int NotLetterNumberNewLine = Letter | Number | NewLine;

    /// <summary>Neither of <c>\s \p{L} \p{N}</c>: punctuation, symbols, marks and other characters.</summary>
    public const int NotSpaceLetterNumber = Space | Letter | Number;

    private static readonly byte[] Bmp = BuildBmpTable();

    /// <summary>Classifies the code point that starts at <paramref name="index"/>; <paramref name="width"/> is 1 or 2.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Get(ReadOnlySpan<char> text, int index, out int width)
    {
        char c = text[index];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return Bmp[c];
        }

        return GetSurrogate(text, index, out width);
    }

    /// <summary>Classifies a BMP character that is not a surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int GetBmp(char c) => Bmp[c];

    private static int GetSurrogate(ReadOnlySpan<char> text, int index, out int width)
    {
        char high = text[index];
        if (char.IsHighSurrogate(high) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            return Classify(char.ConvertToUtf32(high, text[index + 1]));
        }

        width = 1;
        return 0;
    }

    private static byte[] BuildBmpTable()
    {
        var table = new byte[0x10000];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = c is >= 0xD800 and <= 0xDFFF ? (byte)0 : (byte)Classify(c);
        }

        return table;
    }

    private static int Classify(int codePoint)
    {
        int flags = IsWhiteSpace(codePoint) ? Space : 0;
        if (codePoint is '\r' or '\n')
        {
            flags |= NewLine;
        }

        return flags | CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => Letter | Upper,
            UnicodeCategory.LowercaseLetter => Letter | Lower,
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => Letter | Upper | Lower,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => Upper | Lower,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Number,
            _ => 0,
        };
    }

    // The White_Space property, which is what \s means in tiktoken's Rust regex (and in .NET's \s as well).
    private static bool IsWhiteSpace(int c) =>
        c is (>= 0x09 and <= 0x0D) or 0x20 or 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A)
            or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000;
}

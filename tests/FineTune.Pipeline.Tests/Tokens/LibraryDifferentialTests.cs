using System.Text.RegularExpressions;
using FineTune.Pipeline.Tokens;
using Microsoft.ML.Tokenizers;

namespace FineTune.Pipeline.Tests.Tokens;

/// <summary>
/// Seeded differential tests against Microsoft.ML.Tokenizers, whose <see cref="TiktokenTokenizer"/> runs tiktoken's
/// own regex with .NET's engine: same pieces, same counts, on random text where that engine is known to be right
/// (see <see cref="RandomText.BmpFragments"/>; outside it the tiktoken goldens decide).
/// </summary>
public sealed class LibraryDifferentialTests
{
    // The patterns of tiktoken 1.0.22 (npm), which made the goldens: o200k_base as in Python tiktoken today; cl100k_base
    // in its original spelling. Python's newer cl100k spelling (possessive, with \s++$) keeps a text's trailing
    // whitespace in one piece where this one cuts it after the last line break; the counts are the same, because
    // the vocabulary has no token that joins a line break to the spaces after it (the count tests below compare with
    // the library, which uses the newer spelling).
    private const string O200kPattern =
        @"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
        + @"|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?"
        + @"|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    private const string Cl100kPattern =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    public static TheoryData<string> Encodings() => [TokenCounterFactory.O200kBase, TokenCounterFactory.Cl100kBase];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Pieces_equal_the_tiktoken_regex_matches_on_random_text(string encoding)
    {
        var regex = new Regex(encoding == TokenCounterFactory.O200kBase ? O200kPattern : Cl100kPattern, RegexOptions.CultureInvariant);
        var random = new Random(1234);
        for (int i = 0; i < 10_000; i++)
        {
            string text = RandomText.Next(random, RandomText.BmpFragments, 20);
            string expected = string.Join(" | ", regex.Matches(text).Select(m => Escape(m.Value)));
            string actual = string.Join(" | ", Pieces(encoding, text).Select(Escape));

            Assert.True(expected == actual, $"text {Escape(text)}\nregex: {expected}\nours:  {actual}");
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Counts_equal_the_library_on_random_text(string encoding)
    {
        TiktokenTokenizer library = TiktokenTokenizer.CreateForEncoding(encoding);
        ITokenCounter counter = TokenCounterFactory.Get(encoding);
        var random = new Random(5678);
        for (int i = 0; i < 8_000; i++)
        {
            string text = RandomText.Next(random, RandomText.BmpFragments, 40);

            Assert.True(library.CountTokens(text) == counter.CountTokens(text), $"text {Escape(text)}");
        }
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Counts_equal_the_library_on_long_runs_that_take_the_heap_path(string encoding)
    {
        TiktokenTokenizer library = TiktokenTokenizer.CreateForEncoding(encoding);
        ITokenCounter counter = TokenCounterFactory.Get(encoding);
        var random = new Random(91011);
        string[] letters = ["a", "b", "ab", "ba", "an", "the", "ing", "\u00e9", "\u4e2d", "\u6587", "\u0430", "\u3042", "\u0928\u092e"];
        for (int i = 0; i < 100; i++)
        {
            string text = RandomText.Next(random, letters, 400);

            Assert.True(library.CountTokens(text) == counter.CountTokens(text), $"text of {text.Length} chars: {Escape(text[..Math.Min(80, text.Length)])}…");
        }
    }

    private static List<string> Pieces(string encoding, string text)
    {
        var pieces = new List<string>();
        for (int start = 0; start < text.Length;)
        {
            int end = encoding == TokenCounterFactory.O200kBase
                ? O200kPreTokenizer.NextPieceEnd(text, start)
                : Cl100kPreTokenizer.NextPieceEnd(text, start);
            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));
}

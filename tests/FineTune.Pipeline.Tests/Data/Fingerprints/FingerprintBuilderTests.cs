using FineTune.Pipeline.Data.Fingerprints;

namespace FineTune.Pipeline.Tests.Data.Fingerprints;

public sealed class FingerprintBuilderTests
{
    private static UInt128 Normalized(string text)
    {
        var builder = new FingerprintBuilder();
        builder.NormalizedText(1, text);
        return builder.Finish();
    }

    [Fact]
    public void Case_and_whitespace_runs_do_not_matter_but_word_breaks_do()
    {
        Assert.Equal(Normalized("hello world"), Normalized("  Hello \t\n  WORLD "));
        Assert.Equal(Normalized("ÉCOLE über"), Normalized("école ÜBER"));
        Assert.NotEqual(Normalized("hello world"), Normalized("helloworld"));
        Assert.NotEqual(Normalized("hello world"), Normalized("hello world!"));
    }

    [Fact]
    public void Every_unicode_whitespace_char_separates_words_and_nothing_else_does()
    {
        var spaced = Normalized("a b");
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var text = "a" + (char)c + "b";
            if (char.IsWhiteSpace((char)c))
            {
                Assert.Equal(spaced, Normalized(text));
            }
            else if (char.ToLowerInvariant((char)c) != ' ')
            {
                Assert.NotEqual(spaced, Normalized(text));
            }
        }
    }

    [Fact]
    public void Long_texts_hash_the_same_whatever_the_chunking()
    {
        var words = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"Word{i}"));

        Assert.Equal(Normalized(words.ToLowerInvariant()), Normalized(words.Replace(" ", "   ", StringComparison.Ordinal)));
    }
}

using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Tokens;

public sealed class GoldenCountTests
{
    public static TheoryData<string, string> Files() => new()
    {
        { "golden.json", "o200k_base" },
        { "golden.json", "cl100k_base" },
        { "golden-random.json", "o200k_base" },
        { "golden-random.json", "cl100k_base" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_golden_text_counts_exactly_as_tiktoken(string file, string encoding)
    {
        ITokenCounter counter = TokenCounterFactory.Get(encoding);
        IReadOnlyList<GoldenText> golden = GoldenFiles.Texts(file);

        List<string> mismatches = golden
            .Select(g => (g.Id, Expected: g.Expected(encoding), Actual: counter.CountTokens(g.Text)))
            .Where(r => r.Expected != r.Actual)
            .Select(r => $"{r.Id}: tiktoken {r.Expected}, ours {r.Actual}")
            .ToList();

        Assert.True(golden.Count >= 60, $"{file} has only {golden.Count} texts");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Curated_corpus_covers_the_kinds_of_text_it_promises()
    {
        var ids = GoldenFiles.Texts("golden.json").Select(g => g.Id).ToHashSet();

        foreach (string id in new[] { "english-prose", "python-code", "chinese", "cyrillic", "arabic", "emoji-zwj",
            "emoji-skin-tones", "spaces-run", "tabs-newlines", "numbers", "long-repeated-a", "url", "json-object",
            "markdown", "mixed-scripts", "special-tokens-literal", "special-token-lookalikes" })
        {
            Assert.Contains(id, ids);
        }
    }
}

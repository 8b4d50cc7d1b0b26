using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Tokens;

public sealed class TokenCounterFactoryTests
{
    [Fact]
    public void Supports_o200k_base_and_cl100k_base()
    {
        Assert.Equal(["o200k_base", "cl100k_base"], TokenCounterFactory.SupportedEncodings);
        foreach (string encoding in TokenCounterFactory.SupportedEncodings)
        {
            Assert.True(TokenCounterFactory.TryCreate(encoding, out ITokenCounter? counter));
            Assert.Equal(encoding, counter!.Encoding);
        }
    }

    [Theory]
    [InlineData("p50k_base")]
    [InlineData("O200K_BASE")]
    [InlineData("")]
    [InlineData("gpt-4o")]
    public void Unknown_encodings_are_refused_without_throwing(string encoding)
    {
        Assert.False(TokenCounterFactory.TryCreate(encoding, out ITokenCounter? counter));
        Assert.Null(counter);
        ArgumentException error = Assert.Throws<ArgumentException>(() => TokenCounterFactory.Get(encoding));
        Assert.Contains("o200k_base, cl100k_base", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_instance_is_returned_for_an_encoding()
    {
        Assert.Same(TokenCounterFactory.Get("o200k_base"), TokenCounterFactory.Get("o200k_base"));
        Assert.NotSame(TokenCounterFactory.Get("o200k_base"), TokenCounterFactory.Get("cl100k_base"));
    }

    [Theory]
    [InlineData("o200k_base", "tiktoken is great!", 6)] // tiktoken 1.0.22
    [InlineData("cl100k_base", "tiktoken is great!", 6)] // the cookbook's own example
    [InlineData("cl100k_base", "antidisestablishmentarianism", 6)]
    [InlineData("cl100k_base", "2 + 2 = 4", 7)]
    [InlineData("o200k_base", "", 0)]
    public void Counts_known_examples(string encoding, string text, int expected) =>
        Assert.Equal(expected, TokenCounterFactory.Get(encoding).CountTokens(text));

    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void A_lone_surrogate_counts_like_the_replacement_character_tiktoken_receives(string encoding)
    {
        ITokenCounter counter = TokenCounterFactory.Get(encoding);

        Assert.Equal(counter.CountTokens("ab\uFFFDcd \uFFFD"), counter.CountTokens("ab\uD800cd \uDC00"));
        Assert.Equal(counter.CountTokens("x\uFFFD\U0001F600"), counter.CountTokens("x\uD83D\U0001F600"));
    }
}

using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Tokens;

public sealed class SpecialTokenTests
{
    [Fact]
    public void Each_encoding_lists_the_special_tokens_tiktoken_defines_in_id_order()
    {
        Assert.Equal(["<|endoftext|>", "<|endofprompt|>"], TokenCounterFactory.Get("o200k_base").SpecialTokens);
        Assert.Equal(
            ["<|endoftext|>", "<|fim_prefix|>", "<|fim_middle|>", "<|fim_suffix|>", "<|endofprompt|>"],
            TokenCounterFactory.Get("cl100k_base").SpecialTokens);
    }

    [Theory]
    [InlineData("cl100k_base", "Complete this: <|fim_suffix|> please", 15, "<|fim_suffix|>")]
    [InlineData("cl100k_base", "<|endoftext|>", 0, "<|endoftext|>")]
    [InlineData("o200k_base", "a <| b <|endofprompt|> then <|endoftext|>", 7, "<|endofprompt|>")]
    [InlineData("o200k_base", "x<|<|endoftext|>", 3, "<|endoftext|>")]
    public void Finds_the_first_special_token_and_its_index(string encoding, string text, int index, string token)
    {
        int found = TokenCounterFactory.Get(encoding).FindSpecialToken(text, out string? foundToken);

        Assert.Equal(index, found);
        Assert.Equal(token, foundToken);
    }

    [Theory]
    [InlineData("o200k_base", "Complete this: <|fim_suffix|> please")] // not special in o200k_base
    [InlineData("cl100k_base", "<|endoftext| <endoftext|> <| endoftext |> <|ENDOFTEXT|> <|im_start|>")]
    [InlineData("cl100k_base", "")]
    [InlineData("cl100k_base", "<|endoftex")]
    public void Lookalikes_and_other_encodings_tokens_are_not_found(string encoding, string text)
    {
        int found = TokenCounterFactory.Get(encoding).FindSpecialToken(text, out string? token);

        Assert.Equal(-1, found);
        Assert.Null(token);
    }

    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void Special_token_strings_are_counted_as_ordinary_text(string encoding)
    {
        ITokenCounter counter = TokenCounterFactory.Get(encoding);

        foreach (string special in counter.SpecialTokens)
        {
            Assert.True(counter.CountTokens(special) > 1, $"{special} counted as {counter.CountTokens(special)}");
        }
    }
}

using System.Text;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Tokens;

public sealed class BytePairCounterTests
{
    private static readonly TokenVocabulary O200k =
        TokenVocabulary.LoadEmbedded("Microsoft.ML.Tokenizers.Data.O200kBase", "o200k_base.tiktoken.deflate");

    [Fact]
    public void The_heap_variant_merges_exactly_like_the_scan_on_random_pieces()
    {
        var random = new Random(7);
        string[] parts = ["a", "b", "ab", "the", "ing", " ", "\u00e9", "\u4e2d", "x", "1", "\u3042", ".", "aa"];
        for (int i = 0; i < 3000; i++)
        {
            byte[] piece = Encoding.UTF8.GetBytes(RandomText.Next(random, parts, 40));
            if (piece.Length > BytePairCounter.LargePieceBytes)
            {
                continue;
            }

            Assert.Equal(BytePairCounter.CountSmall(piece, O200k), BytePairCounter.CountLarge(piece, O200k));
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("a", 1)]
    [InlineData("hello", 1)]
    [InlineData(" hello", 1)]
    public void Whole_tokens_and_trivial_pieces_count_directly(string piece, int expected) =>
        Assert.Equal(expected, BytePairCounter.Count(Encoding.UTF8.GetBytes(piece), O200k));

    [Fact]
    public void Vocabularies_have_the_sizes_tiktoken_publishes()
    {
        Assert.Equal(199_998, O200k.Count);
        Assert.Equal(100_256, TokenVocabulary.LoadEmbedded("Microsoft.ML.Tokenizers.Data.Cl100kBase", "cl100k_base.tiktoken.deflate").Count);
    }

    [Fact]
    public void A_vocabulary_file_may_give_ranks_explicitly_or_by_line_number()
    {
        // "YQ==" a, "Yg==" b, "YWI=" ab
        TokenVocabulary byLine = TokenVocabulary.Parse("Capacity: 3\nYQ==\nYg==\n\nYWI=\n"u8);
        TokenVocabulary explicitRanks = TokenVocabulary.Parse("YQ== 5\r\nYg== 9\r\nYWI= 7\r\n"u8);

        Assert.Equal([0, 1, 3, -1], new[] { byLine.Rank("a"u8), byLine.Rank("b"u8), byLine.Rank("ab"u8), byLine.Rank("ba"u8) });
        Assert.Equal([5, 9, 7], new[] { explicitRanks.Rank("a"u8), explicitRanks.Rank("b"u8), explicitRanks.Rank("ab"u8) });
    }

    [Fact]
    public void A_malformed_vocabulary_line_is_reported()
    {
        Assert.Throws<InvalidDataException>(() => TokenVocabulary.Parse("YQ== x\n"u8));
        Assert.Throws<InvalidDataException>(() => TokenVocabulary.Parse("@@@\n"u8));
    }
}

using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Tests.Tokens;

public sealed class ThreadSafetyTests
{
    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void Parallel_counting_gives_the_same_counts_as_sequential_counting(string encoding)
    {
        ITokenCounter counter = TokenCounterFactory.Get(encoding);
        var random = new Random(42);
        string[] texts = Enumerable.Range(0, 2000).Select(_ => RandomText.Next(random, RandomText.BmpFragments, 60)).ToArray();
        int[] sequential = texts.Select(t => counter.CountTokens(t)).ToArray();

        for (int round = 0; round < 2; round++)
        {
            int[] parallel = new int[texts.Length];
            Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                int index = (i * 7919) % texts.Length;
                parallel[index] = counter.CountTokens(texts[index]);
            });

            Assert.Equal(sequential, parallel);
        }
    }

    [Fact]
    public void The_piece_cache_never_answers_with_another_pieces_count_under_contention()
    {
        // Four slots and many distinct pieces: threads keep overwriting the slots others are reading. Each worker
        // asks for a piece three times in a row, so lookups hit even when the scheduler runs the workers one after
        // another (a one-core runner) and the test always proves something.
        var cache = new PieceCountCache(4);
        string[] pieces = Enumerable.Range(0, 64).Select(i => new string((char)('a' + (i % 26)), 1 + (i % 20))).Distinct().ToArray();
        int wrong = 0;
        int hits = 0;

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
        {
            for (int i = 0; i < 400_000; i++)
            {
                string piece = pieces[((i / 3) * 31 + worker) % pieces.Length];
                int hash = PieceCountCache.Hash(piece);
                if (cache.TryGet(piece, hash, out int count))
                {
                    Interlocked.Increment(ref hits);
                    if (count != piece.Length)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
                else
                {
                    cache.Add(piece, hash, piece.Length);
                }
            }
        });

        Assert.Equal(0, wrong);
        Assert.True(hits > 0, "the cache never hit, so the test proved nothing");
    }
}

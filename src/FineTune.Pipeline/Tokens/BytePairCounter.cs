namespace FineTune.Pipeline.Tokens;

/// <summary>
/// Counts the tokens tiktoken's byte-pair encoding makes of one piece: repeatedly merge the adjacent pair of
/// parts whose concatenation has the lowest rank (the leftmost such pair on a tie) until no concatenation is a
/// token. Short pieces use tiktoken's own array scan; long ones a heap, which merges in the same order in
/// O(n log n) instead of O(n²).
/// </summary>
internal static class BytePairCounter
{
    /// <summary>Above this many bytes the heap variant is used.</summary>
    public const int LargePieceBytes = 128;

    private const int NoRank = int.MaxValue;

    public static int Count(ReadOnlySpan<byte> piece, TokenVocabulary vocabulary)
    {
        if (piece.Length <= 1 || vocabulary.Rank(piece) >= 0)
        {
            return piece.Length == 0 ? 0 : 1;
        }

        return piece.Length > LargePieceBytes ? CountLarge(piece, vocabulary) : CountSmall(piece, vocabulary);
    }

    /// <summary>
    /// tiktoken's scan: part i starts at <c>starts[i]</c> and <c>ranks[i]</c> is the rank of part i joined with
    /// part i + 1; the last entry is an end sentinel.
    /// </summary>
    internal static int CountSmall(ReadOnlySpan<byte> piece, TokenVocabulary vocabulary)
    {
        int parts = piece.Length + 1;
        Span<int> starts = stackalloc int[parts];
        Span<int> ranks = stackalloc int[parts];
        for (int i = 0; i < parts; i++)
        {
            starts[i] = i;
            ranks[i] = i + 2 < parts ? RankOrNone(vocabulary, piece.Slice(i, 2)) : NoRank;
        }

        while (true)
        {
            int best = -1;
            int bestRank = NoRank;
            for (int i = 0; i < parts - 1; i++)
            {
                if (ranks[i] < bestRank)
                {
                    bestRank = ranks[i];
                    best = i;
                }
            }

            if (best < 0)
            {
                return parts - 1;
            }

            // Merge part best with part best + 1, then re-rank the merged part and its left neighbour.
            if (best > 0)
            {
                ranks[best - 1] = best + 2 < parts ? RankOrNone(vocabulary, piece[starts[best - 1]..starts[best + 2]]) : NoRank;
            }

            ranks[best] = best + 3 < parts ? RankOrNone(vocabulary, piece[starts[best]..starts[best + 3]]) : NoRank;
            starts[(best + 2)..parts].CopyTo(starts[(best + 1)..]);
            ranks[(best + 2)..parts].CopyTo(ranks[(best + 1)..]);
            parts--;
        }
    }

    /// <summary>
    /// The same merges with a doubly linked list of parts and a min-heap of (rank, start). A heap entry is stale
    /// when its part was merged away or re-ranked; as a part only ever grows, its rank never returns to an old value,
    /// so comparing the rank is enough to tell.
    /// </summary>
    internal static int CountLarge(ReadOnlySpan<byte> piece, TokenVocabulary vocabulary)
    {
        int n = piece.Length;
        int[] next = new int[n];
        int[] previous = new int[n];
        int[] ranks = new int[n];
        var heap = new PriorityQueue<int, long>(n);
        for (int i = 0; i < n; i++)
        {
            next[i] = i + 1;
            previous[i] = i - 1;
            ranks[i] = i + 1 < n ? RankOrNone(vocabulary, piece.Slice(i, 2)) : NoRank;
            if (ranks[i] != NoRank)
            {
                heap.Enqueue(i, Priority(ranks[i], i));
            }
        }

        int count = n;
        while (heap.TryDequeue(out int start, out long priority))
        {
            if (ranks[start] == NoRank || Priority(ranks[start], start) != priority)
            {
                continue;
            }

            int removed = next[start];
            next[start] = next[removed];
            if (next[start] < n)
            {
                previous[next[start]] = start;
            }

            ranks[removed] = NoRank;
            count--;
            ranks[start] = Rerank(piece, vocabulary, next, start);
            if (ranks[start] != NoRank)
            {
                heap.Enqueue(start, Priority(ranks[start], start));
            }

            int left = previous[start];
            if (left >= 0)
            {
                ranks[left] = Rerank(piece, vocabulary, next, left);
                if (ranks[left] != NoRank)
                {
                    heap.Enqueue(left, Priority(ranks[left], left));
                }
            }
        }

        return count;
    }

    /// <summary>The rank of the part at <paramref name="start"/> joined with its successor.</summary>
    private static int Rerank(ReadOnlySpan<byte> piece, TokenVocabulary vocabulary, int[] next, int start)
    {
        int second = next[start];
        if (second >= piece.Length)
        {
            return NoRank;
        }

        return RankOrNone(vocabulary, piece[start..next[second]]);
    }

    private static long Priority(int rank, int start) => ((long)rank << 32) | (uint)start;

    private static int RankOrNone(TokenVocabulary vocabulary, ReadOnlySpan<byte> bytes)
    {
        int rank = vocabulary.Rank(bytes);
        return rank < 0 ? NoRank : rank;
    }
}

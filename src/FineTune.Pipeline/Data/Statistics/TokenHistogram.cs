namespace FineTune.Pipeline.Data.Statistics;

/// <summary>Power-of-two token-length buckets (≤32, ≤64, … up to the longest example) for the summary chart.</summary>
internal static class TokenHistogram
{
    public const int SmallestBound = 32;

    public static IReadOnlyList<HistogramBucket> Build(IReadOnlyList<int> sortedTokens)
    {
        ArgumentNullException.ThrowIfNull(sortedTokens);
        if (sortedTokens.Count == 0)
        {
            return [];
        }

        var buckets = new List<HistogramBucket>();
        var index = 0;
        long bound = SmallestBound;
        while (index < sortedTokens.Count)
        {
            var start = index;
            while (index < sortedTokens.Count && sortedTokens[index] <= bound)
            {
                index++;
            }

            buckets.Add(new HistogramBucket((int)Math.Min(bound, int.MaxValue), index - start));
            bound *= 2;
        }

        return buckets;
    }
}

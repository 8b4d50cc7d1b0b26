namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>
/// Seeded percentile bootstrap of a mean difference. Items are resampled with replacement (whole
/// clusters when groups are given, so that correlated items travel together); the interval is the
/// α/2 and 1 − α/2 percentiles of the resampled means (linear interpolation, numpy's default).
/// </summary>
public static class PairedBootstrap
{
    public static Interval Interval(IReadOnlyList<double> differences, double confidence, BootstrapOptions options, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentNullException.ThrowIfNull(options);
        MeanEstimator.CheckConfidence(confidence);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Resamples, 2, nameof(options));
        if (differences.Count < 2)
        {
            return new Interval(double.NegativeInfinity, double.PositiveInfinity);
        }

        var clusters = BuildClusters(differences, groups);
        var random = new SplitMix64(options.Seed);
        var means = new double[options.Resamples];
        for (var b = 0; b < means.Length; b++)
        {
            var sum = 0.0;
            var count = 0;
            for (var k = 0; k < clusters.Count; k++)
            {
                var (clusterSum, clusterCount) = clusters[random.NextInt(clusters.Count)];
                sum += clusterSum;
                count += clusterCount;
            }

            means[b] = sum / count;
        }

        Array.Sort(means);
        var alpha = 1 - confidence;
        return new Interval(Percentile(means, alpha / 2), Percentile(means, 1 - (alpha / 2)));
    }

    /// <summary>The q-quantile of sorted values with linear interpolation between order statistics.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        var fraction = position - lower;
        return sorted[lower] + (fraction * (sorted[upper] - sorted[lower]));
    }

    private static List<(double Sum, int Count)> BuildClusters(IReadOnlyList<double> values, IReadOnlyList<string?>? groups)
    {
        var result = new List<(double Sum, int Count)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var group = groups?[i];
            if (group is null)
            {
                result.Add((values[i], 1));
            }
            else if (index.TryGetValue(group, out var at))
            {
                result[at] = (result[at].Sum + values[i], result[at].Count + 1);
            }
            else
            {
                index[group] = result.Count;
                result.Add((values[i], 1));
            }
        }

        return result;
    }
}

namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>
/// Cluster-robust standard error of a mean, for items that share a source (several turns of one
/// conversation): Var = G/(G−1) · Σ_g (Σ_{i∈g} (xᵢ − x̄))² / n². With every item in its own cluster
/// this equals the ordinary Σ(xᵢ − x̄)² / (n(n−1)), so the two agree where they should.
/// </summary>
public static class ClusteredStandardError
{
    /// <summary>The clustered standard error and the number of clusters G.</summary>
    public static (double StandardError, int Clusters) Compute(IReadOnlyList<double> values, IReadOnlyList<string?> groups)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(groups);
        if (values.Count != groups.Count)
        {
            throw new ArgumentException("Each value needs exactly one group (null: a cluster of its own).", nameof(groups));
        }

        var n = values.Count;
        var mean = MeanEstimator.Mean(values);
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        var singletons = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var deviation = values[i] - mean;
            if (groups[i] is { } g)
            {
                sums[g] = sums.GetValueOrDefault(g) + deviation;
            }
            else
            {
                singletons.Add(deviation);
            }
        }

        var clusters = sums.Count + singletons.Count;
        if (clusters < 2)
        {
            return (double.NaN, clusters);
        }

        var total = 0.0;
        foreach (var s in sums.Values.Concat(singletons))
        {
            total += s * s;
        }

        var variance = clusters / (clusters - 1.0) * total / ((double)n * n);
        return (Math.Sqrt(variance), clusters);
    }
}

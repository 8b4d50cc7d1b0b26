namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>Mean, standard error and t interval of a sample (Miller 2024, "Adding Error Bars to Evals").</summary>
public static class MeanEstimator
{
    /// <summary>Estimates the mean of <paramref name="values"/>.</summary>
    /// <param name="values">One score per item (already averaged over repeats).</param>
    /// <param name="confidence">Two-sided confidence level, e.g. 0.95.</param>
    /// <param name="groups">
    /// Optional cluster of each value (same length). When given, the standard error is the clustered one
    /// (<see cref="ClusteredStandardError"/>) and the interval uses clusters − 1 degrees of freedom.
    /// A null group puts the item in a cluster of its own.
    /// </param>
    public static MeanEstimate Estimate(IReadOnlyList<double> values, double confidence = 0.95, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        CheckConfidence(confidence);
        var n = values.Count;
        if (n == 0)
        {
            return new MeanEstimate(double.NaN, double.NaN, double.NegativeInfinity, double.PositiveInfinity, 0, confidence, 0);
        }

        var mean = Mean(values);
        double standardError;
        double degreesOfFreedom;
        int? clusters = null;
        if (groups is not null && groups.Any(g => g is not null))
        {
            var clustered = ClusteredStandardError.Compute(values, groups);
            standardError = clustered.StandardError;
            clusters = clustered.Clusters;
            degreesOfFreedom = clustered.Clusters - 1;
        }
        else
        {
            standardError = StandardError(values, mean);
            degreesOfFreedom = n - 1;
        }

        if (degreesOfFreedom < 1 || double.IsNaN(standardError))
        {
            return new MeanEstimate(mean, double.NaN, double.NegativeInfinity, double.PositiveInfinity, n, confidence, degreesOfFreedom, clusters);
        }

        var critical = StudentT.Quantile(0.5 + (confidence / 2), degreesOfFreedom);
        return new MeanEstimate(
            mean,
            standardError,
            mean - (critical * standardError),
            mean + (critical * standardError),
            n,
            confidence,
            degreesOfFreedom,
            clusters);
    }

    /// <summary>Arithmetic mean, summed in order (deterministic).</summary>
    public static double Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return values.Count == 0 ? double.NaN : sum / values.Count;
    }

    /// <summary>Sample standard deviation (n − 1 in the denominator).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return double.NaN;
        }

        var mean = Mean(values);
        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return Math.Sqrt(squares / (values.Count - 1));
    }

    internal static void CheckConfidence(double confidence)
    {
        if (confidence is <= 0 or >= 1 || double.IsNaN(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1 (e.g. 0.95).");
        }
    }

    private static double StandardError(IReadOnlyList<double> values, double mean)
    {
        var n = values.Count;
        if (n < 2)
        {
            return double.NaN;
        }

        var squares = 0.0;
        foreach (var v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return Math.Sqrt(squares / (n * (double)(n - 1)));
    }
}

namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>The paired comparison of two models scored on the same items.</summary>
public static class PairedAnalysis
{
    public static PairedComparison Compare(
        IReadOnlyList<double> baseline,
        IReadOnlyList<double> candidate,
        double confidence = 0.95,
        IReadOnlyList<string?>? groups = null,
        BootstrapOptions? bootstrap = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        if (baseline.Count != candidate.Count)
        {
            throw new ArgumentException("Paired scores need the same items on both sides.", nameof(candidate));
        }

        var differences = new double[baseline.Count];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = candidate[i] - baseline[i];
        }

        var difference = MeanEstimator.Estimate(differences, confidence, groups);
        var t = difference.Mean / difference.StandardError;
        double p;
        if (double.IsNaN(difference.StandardError))
        {
            p = double.NaN;
        }
        else if (difference.StandardError <= 1e-12 * Math.Max(1, Math.Abs(difference.Mean)))
        {
            // Every item moved by exactly the same amount: certain when it is not zero.
            t = difference.Mean == 0 ? 0 : Math.CopySign(double.PositiveInfinity, difference.Mean);
            p = difference.Mean == 0 ? 1 : 0;
        }
        else
        {
            p = StudentT.TwoSidedPValue(t, difference.DegreesOfFreedom);
        }

        return new PairedComparison(
            MeanEstimator.Estimate(baseline, confidence, groups),
            MeanEstimator.Estimate(candidate, confidence, groups),
            difference,
            t,
            p,
            PairedBootstrap.Interval(differences, confidence, bootstrap ?? BootstrapOptions.Default, groups),
            Correlation(baseline, candidate));
    }

    /// <summary>Pearson correlation; NaN when either side has no variance.</summary>
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 2 || x.Count != y.Count)
        {
            return double.NaN;
        }

        var mx = MeanEstimator.Mean(x);
        var my = MeanEstimator.Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}

namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>
/// Minimum detectable difference (MDD) of a two-sided test at level α with the given power:
/// MDD = (z₁₋α/₂ + z_power) · SE. Before a run the SE is planned from binary scores at p = .5 and an
/// assumed correlation ρ between the models (Miller 2024's table: 200 items → 14.0 pp unpaired,
/// 9.9 pp paired at ρ = .5); after a run it comes from the observed paired differences.
/// </summary>
public static class PowerAnalysis
{
    public const double DefaultAlpha = 0.05;
    public const double DefaultPower = 0.8;

    /// <summary>MDD for a given standard error of the mean difference.</summary>
    public static double MinimumDetectableDifference(double standardError, double alpha = DefaultAlpha, double power = DefaultPower)
        => (SpecialFunctions.NormalQuantile(1 - (alpha / 2)) + SpecialFunctions.NormalQuantile(power)) * standardError;

    /// <summary>MDD of a paired comparison of n items whose scores have standard deviation σ and correlation ρ.</summary>
    public static double PlannedPaired(int items, double correlation = 0.5, double standardDeviation = 0.5, double alpha = DefaultAlpha, double power = DefaultPower)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        var sdDifference = standardDeviation * Math.Sqrt(2 * (1 - correlation));
        return MinimumDetectableDifference(sdDifference / Math.Sqrt(items), alpha, power);
    }

    /// <summary>MDD of two independent samples of n items each (no pairing).</summary>
    public static double PlannedUnpaired(int items, double standardDeviation = 0.5, double alpha = DefaultAlpha, double power = DefaultPower)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        return MinimumDetectableDifference(standardDeviation * Math.Sqrt(2.0 / items), alpha, power);
    }

    /// <summary>
    /// Compares the gate's margin with what the evaluation can resolve. The test decides whether the
    /// true difference lies above or below the margin; differences closer to the margin than the MDD
    /// will usually come out inconclusive, and a positive margin smaller than the MDD cannot be told from zero.
    /// </summary>
    public static PowerCheck Check(double margin, double differenceStandardError, int items, double alpha = DefaultAlpha, double power = DefaultPower)
    {
        var observed = double.IsNaN(differenceStandardError) ? double.NaN : MinimumDetectableDifference(differenceStandardError, alpha, power);
        var planned = items > 0 ? PlannedPaired(items, alpha: alpha, power: power) : double.NaN;
        var mdd = double.IsNaN(observed) ? planned : observed;
        return new PowerCheck(mdd, margin, items, alpha, power, !double.IsNaN(mdd) && margin > 0 && margin < mdd);
    }
}

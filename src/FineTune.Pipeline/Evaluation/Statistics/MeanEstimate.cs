namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>
/// A mean with its standard error and a two-sided t confidence interval. With fewer than two
/// observations (or clusters) the error is unknown: <see cref="StandardError"/> is NaN and the
/// interval is (−∞, +∞), which no gate can pass or fail on.
/// </summary>
/// <param name="Mean">Arithmetic mean of the values.</param>
/// <param name="StandardError">sqrt(Σ(x−x̄)² / (n(n−1))), or the clustered standard error when groups were given.</param>
/// <param name="CiLow">Lower bound of the interval.</param>
/// <param name="CiHigh">Upper bound of the interval.</param>
/// <param name="N">Number of observations.</param>
/// <param name="Confidence">Confidence level of the interval (0.95).</param>
/// <param name="DegreesOfFreedom">n − 1, or clusters − 1 for clustered errors.</param>
/// <param name="Clusters">Number of clusters, or null when items were treated as independent.</param>
public sealed record MeanEstimate(
    double Mean,
    double StandardError,
    double CiLow,
    double CiHigh,
    int N,
    double Confidence,
    double DegreesOfFreedom,
    int? Clusters = null)
{
    /// <summary>Half the width of the interval.</summary>
    public double HalfWidth => (CiHigh - CiLow) / 2;

    /// <summary>
    /// The interval intersected with the range the mean can take (scores lie in [0, 1], so a mean in [0, 1] and a
    /// paired difference in [−1, 1]): a t interval of a bounded variable can reach past its bounds with few items
    /// (0.87 ± 0.2 would claim up to 1.07), and the part outside holds no possible value, so coverage is unchanged.
    /// An unknown interval (−∞, +∞: too few items) stays unknown.
    /// </summary>
    public MeanEstimate Within(double min, double max) => double.IsFinite(CiLow) && double.IsFinite(CiHigh)
        ? this with { CiLow = Math.Clamp(CiLow, min, max), CiHigh = Math.Clamp(CiHigh, min, max) }
        : this;
}

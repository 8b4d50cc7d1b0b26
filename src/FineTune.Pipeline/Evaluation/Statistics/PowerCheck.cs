using System.Globalization;

namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>The result of <see cref="PowerAnalysis.Check"/>: whether the margin is below what n items can detect.</summary>
public sealed record PowerCheck(double MinimumDetectableDifference, double Margin, int Items, double Alpha, double Power, bool Underpowered)
{
    /// <summary>A one-line warning for the summary, or null when the margin is resolvable.</summary>
    public string? Warning => !Underpowered
        ? null
        : string.Format(
            CultureInfo.InvariantCulture,
            "Underpowered: with {0} items the smallest difference this evaluation can reliably detect is {1:0.0} points (α = {2:0.00}, power {3:0.0}); the margin of {4:0.0} points is below it, so a real improvement of that size will usually come out inconclusive. Add items or widen the margin.",
            Items,
            MinimumDetectableDifference * 100,
            Alpha,
            Power,
            Margin * 100);
}

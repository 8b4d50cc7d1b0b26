using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary><c>evaluate.gate</c>: the build passes when the confidence interval of (candidate − baseline) lies above the margin.</summary>
public sealed record EvaluateGateConfig
{
    /// <summary>Scorer name whose score is compared, or <c>score</c> for the weighted mean of all scorers.</summary>
    public string Metric { get; init; } = "score";

    /// <summary>Absolute margin on the metric's 0–1 scale (0.05 = five points); null: <c>evaluate.margin</c>. Exclusive with <see cref="MinRelativeImprovement"/>.</summary>
    [Range(-1.0, 1.0)]
    public double? MinDelta { get; init; }

    /// <summary>Margin as a fraction of the baseline mean (0.15 = "15% better than the base").</summary>
    [Range(0.0, 100.0)]
    public double? MinRelativeImprovement { get; init; }

    /// <summary>Two-sided confidence level of the interval; null: <c>evaluate.confidence</c> (0.95).</summary>
    [Range(0.5, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double? Confidence { get; init; }

    /// <summary>What an inconclusive result means for the build.</summary>
    public InconclusivePolicy OnInconclusive { get; init; } = InconclusivePolicy.Fail;

    /// <summary>Largest fraction of items that may fail to be scored (API errors, unparseable judge output).</summary>
    [Range(0.0, 1.0)]
    public double MaxErrorRate { get; init; } = 0.05;

    /// <summary>Which interval the gate reads: the paired t interval or the paired bootstrap.</summary>
    public GateInterval Interval { get; init; } = GateInterval.T;
}

public enum InconclusivePolicy
{
    Fail,
    Pass,
}

public enum GateInterval
{
    T,
    Bootstrap,
}

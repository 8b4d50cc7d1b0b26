using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation.Gate;

/// <summary>The gate's verdict with everything needed to explain it.</summary>
/// <param name="Verdict">What the statistics say.</param>
/// <param name="Passed">Whether the build passes (an inconclusive verdict follows <c>on_inconclusive</c>).</param>
/// <param name="Margin">The required improvement on the metric's scale (absolute, after applying a relative margin).</param>
/// <param name="Interval">The interval of the mean difference the gate read.</param>
/// <param name="ErrorRate">Fraction of items that could not be scored.</param>
/// <param name="Explanation">The verdict in one sentence.</param>
public sealed record GateDecision(
    EvaluationVerdict Verdict,
    bool Passed,
    double Margin,
    Interval Interval,
    double ErrorRate,
    string Explanation)
{
    /// <summary>The verdict as written in report.json: <c>pass</c>, <c>fail</c>, <c>inconclusive</c>, <c>error</c>.</summary>
    public string VerdictName => Verdict.ToString().ToLowerInvariant();
}

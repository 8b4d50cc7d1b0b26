using System.Globalization;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation.Gate;

/// <summary>
/// Decides pass / fail / inconclusive / error from the paired comparison. The margin is
/// <c>min_delta</c> or <c>min_relative_improvement</c> × the baseline mean (the source article's
/// "15–30% better" is <c>min_relative_improvement: 0.15</c>); without either it is 0, i.e. "better
/// than the baseline". Errors are never scores: they are counted against <c>max_error_rate</c>.
/// </summary>
public static class EvaluationGate
{
    public static GateDecision Decide(PairedComparison comparison, int items, int errors, EvaluateGateConfig gate)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(gate);
        var errorRate = items == 0 ? 1 : (double)errors / items;
        var margin = Margin(gate, comparison.Baseline.Mean);
        var interval = gate.Interval == GateInterval.Bootstrap
            ? comparison.Bootstrap
            : new Interval(comparison.Difference.CiLow, comparison.Difference.CiHigh);
        var level = string.Format(CultureInfo.InvariantCulture, "{0:0.#}%", (gate.Confidence ?? 0.95) * 100);
        var delta = comparison.Difference.Mean;

        if (items == 0 || errorRate > gate.MaxErrorRate)
        {
            var text = items == 0
                ? "Error: no item could be evaluated, so there is nothing to compare."
                : Format(
                    "Error: {0} of {1} items ({2:0.0}%) could not be scored, above the error budget of {3:0.0}%; the comparison is not trusted.",
                    errors,
                    items,
                    errorRate * 100,
                    gate.MaxErrorRate * 100);
            return new GateDecision(EvaluationVerdict.Error, false, margin, interval, errorRate, text);
        }

        var range = Format("{0} CI {1} to {2} points", level, Points(interval.Low), Points(interval.High));
        if (interval.Low > margin)
        {
            return new GateDecision(
                EvaluationVerdict.Pass,
                true,
                margin,
                interval,
                errorRate,
                Format("Pass: the candidate beats the baseline by {0} points ({1}), and the whole interval lies above the required margin of {2} points.", Points(delta), range, Points(margin)));
        }

        if (interval.High < margin)
        {
            return new GateDecision(
                EvaluationVerdict.Fail,
                false,
                margin,
                interval,
                errorRate,
                Format("Fail: the candidate's difference of {0} points ({1}) lies entirely below the required margin of {2} points.", Points(delta), range, Points(margin)));
        }

        var passes = gate.OnInconclusive == InconclusivePolicy.Pass;
        return new GateDecision(
            EvaluationVerdict.Inconclusive,
            passes,
            margin,
            interval,
            errorRate,
            Format(
                "Inconclusive ({0}): the difference of {1} points ({2}) straddles the required margin of {3} points; more items or repeats would narrow the interval.",
                passes ? "passed by on_inconclusive: pass" : "counted as a failure",
                Points(delta),
                range,
                Points(margin)));
    }

    /// <summary>The required improvement on the metric's scale.</summary>
    public static double Margin(EvaluateGateConfig gate, double baselineMean)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.MinDelta is { } absolute)
        {
            return absolute;
        }

        return gate.MinRelativeImprovement is { } relative && !double.IsNaN(baselineMean) ? relative * baselineMean : 0;
    }

    /// <summary>A 0–1 score difference as signed points on a 0–100 scale: <c>+12.3</c>.</summary>
    public static string Points(double value) => double.IsInfinity(value)
        ? (value > 0 ? "+∞" : "−∞")
        : (value * 100).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}

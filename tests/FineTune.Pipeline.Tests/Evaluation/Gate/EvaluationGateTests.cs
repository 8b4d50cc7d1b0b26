using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Gate;

public sealed class EvaluationGateTests
{
    private static readonly double[] Baseline = [0.2, 0.5, 0.4, 0.6, 0.3, 0.5, 0.4, 0.2, 0.6, 0.3];

    [Fact]
    public void Interval_entirely_above_the_margin_passes()
    {
        var decision = Decide(Shift(0.30, 0.02), new EvaluateGateConfig { MinDelta = 0.1 });

        Assert.Equal(EvaluationVerdict.Pass, decision.Verdict);
        Assert.True(decision.Passed);
        Assert.True(decision.Interval.Low > 0.1);
    }

    [Fact]
    public void Interval_entirely_below_the_margin_fails()
    {
        var decision = Decide(Shift(-0.05, 0.02), new EvaluateGateConfig { MinDelta = 0.05 });

        Assert.Equal(EvaluationVerdict.Fail, decision.Verdict);
        Assert.False(decision.Passed);
        Assert.StartsWith("Fail: the candidate's difference of −5.0 points", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Interval_straddling_the_margin_is_inconclusive_and_fails_by_default()
    {
        var decision = Decide(Shift(0.05, 0.2), new EvaluateGateConfig { MinDelta = 0.05 });

        Assert.Equal(EvaluationVerdict.Inconclusive, decision.Verdict);
        Assert.False(decision.Passed);
        Assert.Contains("counted as a failure", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void On_inconclusive_pass_lets_an_inconclusive_result_through()
    {
        var decision = Decide(Shift(0.05, 0.2), new EvaluateGateConfig { MinDelta = 0.05, OnInconclusive = InconclusivePolicy.Pass });

        Assert.Equal(EvaluationVerdict.Inconclusive, decision.Verdict);
        Assert.True(decision.Passed);
    }

    [Fact]
    public void Relative_margin_is_a_fraction_of_the_baseline_mean()
    {
        // Baseline mean 0.4; "30% better" requires +0.12; a +0.10 improvement with a tight interval fails.
        var gate = new EvaluateGateConfig { MinRelativeImprovement = 0.30 };
        var decision = Decide(Shift(0.10, 0.005), gate);

        Assert.Equal(0.12, decision.Margin, 12);
        Assert.Equal(EvaluationVerdict.Fail, decision.Verdict);
        Assert.Equal(EvaluationVerdict.Pass, Decide(Shift(0.10, 0.005), gate with { MinRelativeImprovement = 0.15 }).Verdict);
    }

    [Fact]
    public void Error_rate_above_the_budget_is_an_error_whatever_the_scores_say()
    {
        var comparison = PairedAnalysis.Compare(Baseline, Shift(0.3, 0.01));

        var decision = EvaluationGate.Decide(comparison, items: 12, errors: 2, new EvaluateGateConfig { MaxErrorRate = 0.1 });

        Assert.Equal(EvaluationVerdict.Error, decision.Verdict);
        Assert.False(decision.Passed);
        Assert.Equal("Error: 2 of 12 items (16.7%) could not be scored, above the error budget of 10.0%; the comparison is not trusted.", decision.Explanation);
    }

    [Fact]
    public void Errors_within_the_budget_do_not_change_the_verdict()
    {
        var comparison = PairedAnalysis.Compare(Baseline, Shift(0.3, 0.01));

        var decision = EvaluationGate.Decide(comparison, items: 11, errors: 1, new EvaluateGateConfig { MaxErrorRate = 0.1 });

        Assert.Equal(EvaluationVerdict.Pass, decision.Verdict);
    }

    [Fact]
    public void Gate_can_read_the_bootstrap_interval_instead_of_the_t_interval()
    {
        var comparison = PairedAnalysis.Compare(Baseline, Shift(0.05, 0.2), bootstrap: new BootstrapOptions(2000, 3));

        var decision = EvaluationGate.Decide(comparison, 10, 0, new EvaluateGateConfig { Interval = GateInterval.Bootstrap });

        Assert.Equal(comparison.Bootstrap, decision.Interval);
    }

    [Fact]
    public void Pass_explanation_reads_as_one_sentence()
    {
        var decision = Decide([0.5, 0.8, 0.7, 0.9, 0.6, 0.8, 0.7, 0.5, 0.9, 0.6], new EvaluateGateConfig { MinDelta = 0.1 });

        Assert.Equal(
            "Pass: the candidate beats the baseline by +30.0 points (95% CI +30.0 to +30.0 points), and the whole interval lies above the required margin of +10.0 points.",
            decision.Explanation);
    }

    private static GateDecision Decide(double[] candidate, EvaluateGateConfig gate)
        => EvaluationGate.Decide(PairedAnalysis.Compare(Baseline, candidate), Baseline.Length, 0, gate);

    // Candidate = baseline + shift ± spread (alternating), so the mean difference is exactly the shift.
    private static double[] Shift(double shift, double spread)
        => Baseline.Select((b, i) => b + shift + (i % 2 == 0 ? spread : -spread)).ToArray();
}

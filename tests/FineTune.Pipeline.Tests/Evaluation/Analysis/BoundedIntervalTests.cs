using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Tests.Evaluation.Analysis;

/// <summary>Scores lie in [0, 1]: reported intervals never claim a mean above 1 or a difference beyond ±1.</summary>
public sealed class BoundedIntervalTests
{
    [Fact]
    public void A_near_perfect_candidate_on_few_items_has_its_intervals_cut_at_what_scores_can_reach()
    {
        // 13 of 15 right against 0 of 15: the raw t intervals are 0.867 ± 0.195 and +0.867 ± 0.195.
        var items = Enumerable.Range(0, 15).Select(i => OutcomeFixture.Item($"q{i}", 0, i < 13 ? 1 : 0)).ToArray();
        var raw = MeanEstimator.Estimate(items.Select(i => i.Candidate.Metric!.Value).ToArray());

        var outcome = OutcomeFixture.Outcome(items);

        Assert.True(raw.CiHigh > 1, $"the raw interval reaches {raw.CiHigh}");
        var candidate = outcome.Comparison.Candidate;
        Assert.Equal((raw.CiLow, 1.0), (candidate.CiLow, candidate.CiHigh));
        Assert.Equal(1.0, outcome.Comparison.Difference.CiHigh);
        Assert.Equal(raw.CiLow, outcome.Comparison.Difference.CiLow, 12);
        Assert.Equal((0.0, 0.0), (outcome.Comparison.Baseline.CiLow, outcome.Comparison.Baseline.CiHigh));
        Assert.All(outcome.Scorers, s => Assert.True(s.Candidate.CiHigh <= 1));
    }

    [Fact]
    public void An_interval_inside_the_bounds_is_left_as_it_is()
    {
        var estimate = new MeanEstimate(0.5, 0.1, 0.3, 0.7, 20, 0.95, 19);

        Assert.Same(estimate.GetType(), estimate.Within(0, 1).GetType());
        Assert.Equal(estimate, estimate.Within(0, 1));
        Assert.Equal((-1.0, 0.2), (new MeanEstimate(-0.9, 0.1, -1.2, 0.2, 5, 0.95, 4).Within(-1, 1).CiLow, new MeanEstimate(-0.9, 0.1, -1.2, 0.2, 5, 0.95, 4).Within(-1, 1).CiHigh));
    }
}

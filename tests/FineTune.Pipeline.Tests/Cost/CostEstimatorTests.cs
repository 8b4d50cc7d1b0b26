using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Tests.TestSupport;

namespace FineTune.Pipeline.Tests.Cost;

public sealed class CostEstimatorTests
{
    [Fact]
    public void Auto_epochs_come_from_the_number_of_training_examples()
    {
        var outcome = Samples.Outcome() with { Train = Samples.Train(examples: 20, billing: 10_000) };

        var estimate = CostEstimator.Estimate(Samples.Settings(), outcome);

        Assert.Equal(5, estimate.Epochs); // 20 * 3 < 100: 100 // 20
        Assert.True(estimate.EpochsAuto);
        Assert.Equal(50_000, estimate.ChargedTokens);
    }

    [Fact]
    public void Explicit_epochs_win_over_the_rule()
    {
        var estimate = CostEstimator.Estimate(Samples.Settings(epochs: 7), Samples.Outcome());

        Assert.Equal(7, estimate.Epochs);
        Assert.False(estimate.EpochsAuto);
        Assert.Equal(7 * 12_000, estimate.ChargedTokens);
    }

    [Fact]
    public void Price_is_charged_tokens_times_the_catalog_price_per_million_exactly()
    {
        // gpt-4o-mini: $3.00 per 1M; 50 examples: 3 epochs; 12,000 billing tokens.
        var estimate = CostEstimator.Estimate(Samples.Settings(budget: 1m), Samples.Outcome());

        Assert.Equal("gpt-4o-mini-2024-07-18", estimate.Model);
        Assert.Equal("o200k_base", estimate.Encoding);
        Assert.Equal(3.00m, estimate.PricePerMillionTokens);
        Assert.Equal(0.108m, estimate.EstimatedUsd);
        Assert.Equal(1m, estimate.BudgetUsd);
        Assert.True(estimate.WithinBudget);
    }

    [Fact]
    public void The_eval_set_is_not_charged()
    {
        var withEval = CostEstimator.Estimate(Samples.Settings(), Samples.Outcome());
        var withoutEval = CostEstimator.Estimate(Samples.Settings(), Samples.Outcome() with { Eval = null });

        Assert.Equal(withoutEval.EstimatedUsd, withEval.EstimatedUsd);
    }

    [Fact]
    public void A_configured_price_overrides_the_catalog()
    {
        var config = Samples.Config("/repo") with { Cost = new() { PricePerMillionTokens = 10m } };

        var estimate = CostEstimator.Estimate(FineTune.Pipeline.Config.PipelineSettings.Resolve(config), Samples.Outcome());

        Assert.Equal(10m * 36_000 / 1_000_000, estimate.EstimatedUsd);
    }
}

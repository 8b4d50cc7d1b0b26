using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace FineTune.Pipeline.Tests.Cost;

public sealed class CostGateTests
{
    private static readonly ModelInfo Mini = new("gpt-4o-mini-2024-07-18", "openai", "o200k_base", 65_536, 3.00m, new DateOnly(2027, 1, 14));

    private static CostEstimate Estimate(decimal usd, decimal? budget = null, decimal? warn = null) => new()
    {
        Model = Mini.Id,
        Encoding = "o200k_base",
        Epochs = 3,
        EpochsAuto = true,
        BillingTokens = 1_000_000,
        ChargedTokens = 3_000_000,
        PricePerMillionTokens = 3m,
        EstimatedUsd = usd,
        BudgetUsd = budget,
        WarnUsd = warn,
    };

    private static CostGate GateOn(int year, int month, int day)
        => new(new FakeTimeProvider(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero)));

    private static readonly CostGate Today = GateOn(2026, 3, 1);

    [Fact]
    public void Over_the_budget_is_an_error_that_shows_the_arithmetic_and_the_fix()
    {
        var found = Today.Check(Estimate(9m, budget: 5m), Mini, "finetune.yaml", usesOpenAIPlatform: false);

        var error = Assert.Single(found);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(CostCodes.OverBudget, error.Code);
        Assert.Equal("finetune.yaml", error.File);
        Assert.Equal(
            "Estimated training cost $9.00 is over the budget of $5.00 (cost.budget_usd): 3,000,000 charged tokens = 3 epochs (auto) × 1,000,000 billing tokens at $3.00 per 1M. " +
            "Trim the training data, set fewer train.epochs, or raise cost.budget_usd.",
            error.Message);
    }

    [Fact]
    public void Exactly_the_budget_passes()
        => Assert.Empty(Today.Check(Estimate(5m, budget: 5m), Mini, null, false));

    [Fact]
    public void Over_the_warning_level_but_within_budget_is_a_warning()
    {
        var found = Today.Check(Estimate(3m, budget: 5m, warn: 2m), Mini, null, false);

        var warning = Assert.Single(found);
        Assert.Equal((Severity.Warning, CostCodes.OverWarnLevel), (warning.Severity, warning.Code));
    }

    [Fact]
    public void Over_the_budget_does_not_also_warn_about_the_warning_level()
        => Assert.Equal([CostCodes.OverBudget], Today.Check(Estimate(9m, budget: 5m, warn: 2m), Mini, null, false).Select(d => d.Code));

    [Theory]
    [InlineData(2027, 1, 14)] // the day itself
    [InlineData(2027, 6, 1)]
    public void A_passed_shutdown_date_fails_the_gate(int year, int month, int day)
    {
        var found = GateOn(year, month, day).Check(Estimate(1m), Mini, null, usesOpenAIPlatform: false);

        var shutdown = Assert.Single(found);
        Assert.Equal((Severity.Error, CostCodes.ModelShutDown), (shutdown.Severity, shutdown.Code));
        Assert.Equal(
            "Base model 'gpt-4o-mini-2024-07-18' was shut down on 2027-01-14: it can no longer be fine-tuned. Choose another train.base_model, or the lora provider.",
            shutdown.Message);
    }

    [Fact]
    public void An_approaching_shutdown_is_left_to_the_configuration_warning()
        => Assert.Empty(GateOn(2027, 1, 13).Check(Estimate(1m), Mini, null, usesOpenAIPlatform: false));

    [Fact]
    public void After_OpenAIs_last_day_for_new_jobs_the_OpenAI_platform_fails_the_gate()
    {
        var noShutdown = Mini with { ShutdownDate = null };

        Assert.Empty(GateOn(2027, 1, 6).Check(Estimate(1m), noShutdown, null, usesOpenAIPlatform: true));
        var ended = Assert.Single(GateOn(2027, 1, 7).Check(Estimate(1m), noShutdown, null, usesOpenAIPlatform: true));
        Assert.Equal((Severity.Error, CostCodes.OpenAITrainingEnded), (ended.Severity, ended.Code));
        Assert.Empty(GateOn(2027, 1, 7).Check(Estimate(1m), noShutdown, null, usesOpenAIPlatform: false));
    }

    [Fact]
    public void A_hosted_model_without_a_price_warns_that_the_estimate_is_zero()
    {
        var unknown = new ModelInfo("my-hosted-model", "openai", "o200k_base", 65_536, 0m, null);

        var found = Today.Check(Estimate(0m) with { PricePerMillionTokens = 0m }, unknown, null, false);

        Assert.Equal(CostCodes.PriceUnknown, Assert.Single(found).Code);
    }

    [Fact]
    public void A_self_hosted_model_costs_nothing_without_a_warning()
    {
        var lora = new ModelInfo("qwen2-0.5b", "lora", "o200k_base", 65_536, 0m, null);

        Assert.Empty(Today.Check(Estimate(0m) with { PricePerMillionTokens = 0m }, lora, null, false));
    }
}

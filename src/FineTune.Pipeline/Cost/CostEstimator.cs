using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.Cost;

/// <summary>
/// Turns the training set's token counts into a price: charged tokens = epochs × billing tokens
/// (Σ min(limit, tokens) per example), at the catalog or configured price per 1M tokens.
/// The eval set is not charged.
/// </summary>
public static class CostEstimator
{
    private const decimal TokensPerPriceUnit = 1_000_000m;

    public static CostEstimate Estimate(PipelineSettings settings, ValidationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(outcome);
        return Estimate(settings, outcome.Train);
    }

    /// <summary>Estimates the cost of training on <paramref name="train"/> with <paramref name="settings"/>.</summary>
    public static CostEstimate Estimate(PipelineSettings settings, DatasetSummary train)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(train);

        var explicitEpochs = settings.Config.Train.Epochs;
        var epochs = explicitEpochs ?? EpochsRule.DefaultEpochs(train.Examples);
        var billing = train.Tokens.Billing;
        var charged = billing * epochs;
        return new CostEstimate
        {
            Model = settings.Model.Id,
            Encoding = settings.Encoding,
            Tokenizer = train.Tokenizer,
            Epochs = epochs,
            EpochsAuto = explicitEpochs is null,
            BillingTokens = billing,
            ChargedTokens = charged,
            PricePerMillionTokens = settings.PricePerMillionTokens,
            EstimatedUsd = charged * settings.PricePerMillionTokens / TokensPerPriceUnit,
            BudgetUsd = settings.Config.Cost.BudgetUsd,
            WarnUsd = settings.Config.Cost.WarnUsd,
        };
    }
}

using FineTune.Pipeline.Cost;

namespace FineTune.Pipeline.MSBuild.Results;

/// <summary>The <see cref="CostEstimate"/> made when the data was validated, as plain values.</summary>
public sealed record CostResults
{
    public required string Model { get; init; }

    public required string Encoding { get; init; }

    public int Epochs { get; init; }

    public bool EpochsAuto { get; init; }

    public long BillingTokens { get; init; }

    public long ChargedTokens { get; init; }

    public decimal PricePerMillionTokens { get; init; }

    public decimal EstimatedUsd { get; init; }

    public decimal? BudgetUsd { get; init; }

    public decimal? WarnUsd { get; init; }

    public static CostResults From(CostEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new CostResults
        {
            Model = estimate.Model,
            Encoding = estimate.Encoding,
            Epochs = estimate.Epochs,
            EpochsAuto = estimate.EpochsAuto,
            BillingTokens = estimate.BillingTokens,
            ChargedTokens = estimate.ChargedTokens,
            PricePerMillionTokens = estimate.PricePerMillionTokens,
            EstimatedUsd = estimate.EstimatedUsd,
            BudgetUsd = estimate.BudgetUsd,
            WarnUsd = estimate.WarnUsd,
        };
    }
}

namespace FineTune.Pipeline.Config;

public sealed record CostConfig
{
    /// <summary>Training price in USD per 1M tokens; null: from the catalog (contract key).</summary>
    public decimal? PricePerMillionTokens { get; init; }

    /// <summary>Gate: the cost target fails (exit 1) when the estimate exceeds it (contract key).</summary>
    public decimal? BudgetUsd { get; init; }

    /// <summary>A warning is emitted when the estimate exceeds this, below the budget.</summary>
    public decimal? WarnUsd { get; init; }
}

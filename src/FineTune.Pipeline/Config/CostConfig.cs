using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>Price and budget for the <c>cost</c> target. Money is in USD, read as decimals.</summary>
public sealed record CostConfig
{
    /// <summary>Training price in USD per 1M tokens; default: the base model's catalog price.</summary>
    [Range(0.0, double.MaxValue)]
    public decimal? PricePerMillionTokens { get; init; }

    /// <summary>Gate: the cost target fails (exit 1) when the estimate exceeds it.</summary>
    [Range(0.0, double.MaxValue)]
    public decimal? BudgetUsd { get; init; }

    /// <summary>A warning is emitted when the estimate exceeds this, below the budget.</summary>
    [Range(0.0, double.MaxValue)]
    public decimal? WarnUsd { get; init; }
}

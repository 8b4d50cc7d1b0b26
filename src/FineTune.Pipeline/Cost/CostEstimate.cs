using System.Text.Json.Serialization;

namespace FineTune.Pipeline.Cost;

/// <summary>The <c>cost</c> section of report.json.</summary>
public sealed record CostEstimate
{
    public required string Model { get; init; }

    public required string Encoding { get; init; }

    /// <summary>What counted the tokens of a self-hosted model (<see cref="Data.DatasetSummary.Tokenizer"/>); null for OpenAI models.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Tokenizer { get; init; }

    public required int Epochs { get; init; }

    /// <summary>True when epochs came from OpenAI's default rule rather than the config.</summary>
    public bool EpochsAuto { get; init; }

    public required long BillingTokens { get; init; }

    public required long ChargedTokens { get; init; }

    public required decimal PricePerMillionTokens { get; init; }

    public required decimal EstimatedUsd { get; init; }

    public decimal? BudgetUsd { get; init; }

    public decimal? WarnUsd { get; init; }

    public bool WithinBudget => BudgetUsd is null || EstimatedUsd <= BudgetUsd;
}

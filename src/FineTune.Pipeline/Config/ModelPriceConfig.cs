namespace FineTune.Pipeline.Config;

/// <summary>Inference price of one model, USD per 1M tokens.</summary>
public sealed record ModelPriceConfig
{
    /// <summary>USD per 1M input (prompt) tokens.</summary>
    public decimal Input { get; init; }

    /// <summary>USD per 1M output (completion) tokens.</summary>
    public decimal Output { get; init; }
}

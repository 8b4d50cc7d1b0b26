namespace FineTune.Pipeline.Config;

/// <summary>Inference price of one model, USD per 1M tokens.</summary>
public sealed record ModelPriceConfig
{
    public decimal Input { get; init; }

    public decimal Output { get; init; }
}

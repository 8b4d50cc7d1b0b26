namespace FineTune.Pipeline.Config;

/// <summary>A catalog entry written in finetune.yaml under <c>models:</c>; null fields keep the built-in value.</summary>
public sealed record ModelOverride
{
    /// <summary><c>openai</c> or <c>lora</c>.</summary>
    public string? Provider { get; init; }

    public string? Encoding { get; init; }

    public int? MaxTokensPerExample { get; init; }

    public decimal? PricePerMillionTokens { get; init; }

    public DateOnly? ShutdownDate { get; init; }

    /// <summary>For self-hosted models: folder of the Hugging Face checkpoint.</summary>
    public string? Path { get; init; }
}

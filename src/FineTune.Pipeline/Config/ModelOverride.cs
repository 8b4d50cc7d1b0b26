using System.ComponentModel.DataAnnotations;
using FineTune.Pipeline.Catalog;

namespace FineTune.Pipeline.Config;

/// <summary>A catalog entry written in finetune.yaml under <c>models:</c>; null fields keep the built-in value.</summary>
public sealed record ModelOverride
{
    /// <summary><c>openai</c> or <c>lora</c>; default: the built-in entry's provider, or <c>lora</c> for a new id.</summary>
    [AllowedValues(Providers.OpenAI, Providers.Lora)]
    public string? Provider { get; init; }

    /// <summary>tiktoken encoding used for exact token counts.</summary>
    [AllowedValues(TokenEncodings.O200kBase, TokenEncodings.Cl100kBase)]
    public string? Encoding { get; init; }

    /// <summary>Per-example token limit; longer examples are truncated.</summary>
    [Range(1, int.MaxValue)]
    public int? MaxTokensPerExample { get; init; }

    /// <summary>Training price in USD per 1M charged tokens (0 for self-hosted models).</summary>
    [Range(0.0, double.MaxValue)]
    public decimal? PricePerMillionTokens { get; init; }

    /// <summary>Date the provider stops serving or training the model (yyyy-mm-dd).</summary>
    public DateOnly? ShutdownDate { get; init; }

    /// <summary>For self-hosted models: folder of the Hugging Face checkpoint, relative to finetune.yaml.</summary>
    public string? Path { get; init; }
}

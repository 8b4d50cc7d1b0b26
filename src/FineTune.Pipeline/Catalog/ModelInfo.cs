namespace FineTune.Pipeline.Catalog;

/// <summary>What the pipeline needs to know about a base model.</summary>
/// <param name="Id">Model id as the provider spells it.</param>
/// <param name="Provider"><c>openai</c> or <c>lora</c>.</param>
/// <param name="Encoding">tiktoken encoding used for exact token counts.</param>
/// <param name="MaxTokensPerExample">Per-example token limit; longer examples get truncated.</param>
/// <param name="PricePerMillionTokens">Training price in USD per 1M charged tokens (0 for self-hosted).</param>
/// <param name="ShutdownDate">Date the provider stops serving or training the model, if announced.</param>
/// <param name="Path">Checkpoint folder for self-hosted models.</param>
public sealed record ModelInfo(
    string Id,
    string Provider,
    string Encoding,
    int MaxTokensPerExample,
    decimal PricePerMillionTokens,
    DateOnly? ShutdownDate,
    string? Path = null);

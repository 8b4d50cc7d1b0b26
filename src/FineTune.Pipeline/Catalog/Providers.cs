namespace FineTune.Pipeline.Catalog;

/// <summary>Names of the training providers, as written in <c>train.provider</c>.</summary>
public static class Providers
{
    /// <summary>The OpenAI fine-tuning API at any OpenAI-compatible endpoint.</summary>
    public const string OpenAI = "openai";

    /// <summary>Self-hosted LoRA training on a Hugging Face checkpoint.</summary>
    public const string Lora = "lora";

    public static IReadOnlyList<string> All { get; } = [OpenAI, Lora];
}

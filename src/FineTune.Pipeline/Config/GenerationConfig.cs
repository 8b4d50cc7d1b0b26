namespace FineTune.Pipeline.Config;

/// <summary><c>evaluate.generation</c>: sampling settings for both models.</summary>
public sealed record GenerationConfig
{
    public double Temperature { get; init; }

    public int? MaxTokens { get; init; } = 1024;

    public double? TopP { get; init; }

    /// <summary>Seed sent with each request; repeat k uses seed + k.</summary>
    public int? Seed { get; init; } = 0;
}

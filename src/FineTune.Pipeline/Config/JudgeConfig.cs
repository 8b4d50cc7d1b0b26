namespace FineTune.Pipeline.Config;

/// <summary><c>evaluate.judge</c>: the model that grades answers. Prefer one from a different family than the candidate.</summary>
public sealed record JudgeConfig
{
    public string? Model { get; init; }

    /// <summary>Endpoint of the judge; null: <c>openai.base_url</c>.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Environment variable holding the judge's key; null: <c>openai.api_key_env</c>.</summary>
    public string? ApiKeyEnv { get; init; }

    public double Temperature { get; init; }

    public int MaxTokens { get; init; } = 600;

    public int? Seed { get; init; } = 0;
}

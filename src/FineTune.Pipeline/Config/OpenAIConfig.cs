namespace FineTune.Pipeline.Config;

public sealed record OpenAIConfig
{
    /// <summary>OpenAI-compatible endpoint including <c>/v1</c>; null: <c>OPENAI_BASE_URL</c> or api.openai.com.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Name of the environment variable that holds the API key. The key itself never goes in the yaml.</summary>
    public string ApiKeyEnv { get; init; } = "OPENAI_API_KEY";
}

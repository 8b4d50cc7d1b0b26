using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>The OpenAI-compatible endpoint used for training (provider openai) and for evaluation.</summary>
public sealed record OpenAIConfig
{
    /// <summary>OpenAI-compatible endpoint including <c>/v1</c>; default: <c>OPENAI_BASE_URL</c>, else https://api.openai.com/v1.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Name of the environment variable that holds the API key. The key itself never goes in the yaml.</summary>
    [RegularExpression("^[A-Za-z_][A-Za-z0-9_]*$", ErrorMessage = "the name of an environment variable (letters, digits and _), such as OPENAI_API_KEY")]
    public string ApiKeyEnv { get; init; } = "OPENAI_API_KEY";

    /// <summary>Seconds between two polls of a running fine-tuning job.</summary>
    [Range(1, 3600)]
    public int PollIntervalSeconds { get; init; } = 30;

    /// <summary>The train target gives up (exit 3) when a job runs longer than this.</summary>
    [Range(1, 10080)]
    public int JobTimeoutMinutes { get; init; } = 1440;
}

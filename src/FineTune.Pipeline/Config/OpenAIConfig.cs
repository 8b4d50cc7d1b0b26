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

    /// <summary>The train target gives up (exit 3) when a job runs longer than this; the job keeps running and a re-run follows it again.</summary>
    [Range(1, 10080)]
    public int JobTimeoutMinutes { get; init; } = 1440;

    /// <summary>Retries of one API call on 408, 429 (not <c>insufficient_quota</c>), 5xx, network errors and timeouts.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; init; } = 5;

    /// <summary>Upper bound on a server's <c>Retry-After</c> and on backoff delays, in seconds.</summary>
    [Range(1, 3600)]
    public int MaxRetryAfterSeconds { get; init; } = 60;

    /// <summary>Network timeout of one API call, in seconds.</summary>
    [Range(1, 3600)]
    public int RequestTimeoutSeconds { get; init; } = 120;

    /// <summary>Resume a fine-tuning job found <c>paused</c> instead of stopping (exit 3).</summary>
    public bool ResumePaused { get; init; }
}

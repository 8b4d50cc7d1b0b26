namespace FineTune.Pipeline.Config;

public sealed record OpenAIConfig
{
    /// <summary>OpenAI-compatible endpoint including <c>/v1</c>; null: <c>OPENAI_BASE_URL</c> or api.openai.com.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Name of the environment variable that holds the API key. The key itself never goes in the yaml.</summary>
    public string ApiKeyEnv { get; init; } = "OPENAI_API_KEY";

    /// <summary>Seconds between two polls of a running fine-tuning job.</summary>
    public double PollIntervalS { get; init; } = 15;

    /// <summary>How long <c>train</c> follows a job before giving up (the job keeps running; a re-run resumes it).</summary>
    public double TimeoutMinutes { get; init; } = 360;

    /// <summary>Retries of one API call on 408/429/5xx and network errors.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Upper bound on a server's <c>Retry-After</c> (and on backoff delays), in seconds.</summary>
    public double MaxRetryAfterS { get; init; } = 60;

    /// <summary>Network timeout of one API call, in seconds.</summary>
    public double RequestTimeoutS { get; init; } = 120;

    /// <summary>Resume a job found <c>paused</c> instead of stopping with exit code 3.</summary>
    public bool ResumePaused { get; init; }
}

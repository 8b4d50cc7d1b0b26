using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>How requests are retried: on 429 (waiting the server's Retry-After, capped), 5xx, timeouts and connection failures.</summary>
public sealed record RetryOptions
{
    public int MaxRetries { get; init; } = 6;

    /// <summary>
    /// Per-attempt timeout on the injected clock; null: the model enforces its own (the OpenAI model does,
    /// through the SDK's network timeout), so the retry layer adds none.
    /// </summary>
    public TimeSpan? RequestTimeout { get; init; }

    /// <summary>Longest Retry-After honoured; longer waits are cut to this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>First backoff when the server gave no Retry-After; doubles each attempt.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Seed of the backoff jitter.</summary>
    public ulong Seed { get; init; } = 1;

    public static RetryOptions From(EvaluateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new RetryOptions
        {
            MaxRetries = config.MaxRetries,
            MaxRetryAfter = TimeSpan.FromSeconds(config.MaxRetryAfterSeconds),
        };
    }
}

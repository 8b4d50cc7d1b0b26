namespace FineTune.Pipeline.Training;

/// <summary>Why training stopped without a model. Each kind has its own message and exit code.</summary>
public enum TrainingFailure
{
    /// <summary>The API key variable is not set (exit 2).</summary>
    MissingApiKey,

    /// <summary>The endpoint rejected the key: 401 (exit 3).</summary>
    InvalidApiKey,

    /// <summary>403 on job creation: the organisation may not fine-tune (OpenAI's wind-down) (exit 3).</summary>
    NotEligible,

    /// <summary>Other 403s: the key lacks a permission (exit 3).</summary>
    PermissionDenied,

    /// <summary>The base model is unknown to the endpoint or not fine-tunable (exit 2).</summary>
    UnknownModel,

    /// <summary>The base model's shutdown date has passed (exit 2).</summary>
    ModelShutDown,

    /// <summary>Rejected request: bad parameters (exit 2).</summary>
    InvalidRequest,

    /// <summary>The job failed on the provider, e.g. file validation (exit 3).</summary>
    JobFailed,

    /// <summary>The job was cancelled on the provider (exit 3).</summary>
    JobCancelled,

    /// <summary>The job is paused; resume it to continue (exit 3).</summary>
    JobPaused,

    /// <summary>An earlier job with the same identity failed; <c>--force-new</c> creates another (exit 3).</summary>
    EarlierJobFailed,

    /// <summary>429 <c>insufficient_quota</c>: no retry helps (exit 3).</summary>
    InsufficientQuota,

    /// <summary>Still rate limited after the retries (exit 3).</summary>
    RateLimited,

    /// <summary>5xx, network errors and timeouts after the retries (exit 3).</summary>
    Unavailable,

    /// <summary>The job did not finish within <c>openai.job_timeout_minutes</c> (exit 3).</summary>
    Timeout,
}

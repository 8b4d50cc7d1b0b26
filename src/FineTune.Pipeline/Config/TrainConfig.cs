namespace FineTune.Pipeline.Config;

public sealed record TrainConfig
{
    /// <summary><c>openai</c> or <c>lora</c> (contract key <c>train.provider</c>).</summary>
    public string Provider { get; init; } = "openai";

    /// <summary>Base model id; looked up in the catalog (contract key <c>train.base_model</c>).</summary>
    public string BaseModel { get; init; } = "gpt-4o-mini-2024-07-18";

    /// <summary>Number of epochs; null means "auto" (OpenAI's default-epochs rule).</summary>
    public int? Epochs { get; init; }

    /// <summary>Batch size; null means "auto".</summary>
    public int? BatchSize { get; init; }

    /// <summary>Learning-rate multiplier; null means "auto".</summary>
    public double? LearningRateMultiplier { get; init; }

    /// <summary>Suffix of the fine-tuned model name (≤ 64 characters).</summary>
    public string? Suffix { get; init; }

    public int? Seed { get; init; }

    /// <summary>When <c>train</c> is cancelled (Ctrl+C, a cancelled CI run), also cancel the remote job. Default: keep it, so a re-run resumes.</summary>
    public bool CancelRemoteOnAbort { get; init; }
}

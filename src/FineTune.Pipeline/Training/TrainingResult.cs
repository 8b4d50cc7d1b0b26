using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Training;

/// <summary>
/// What <c>train</c> produced: the <c>training</c> section of report.json
/// (<c>provider, job_id, model_id, trained_tokens, epochs, status, duration_s, checkpoints[]</c>) and more.
/// </summary>
public sealed record TrainingResult
{
    public required string Provider { get; init; }

    public required string JobId { get; init; }

    /// <summary>The fine-tuned model id to evaluate and deploy.</summary>
    public required string ModelId { get; init; }

    public required string BaseModel { get; init; }

    /// <summary>Final job status (<c>succeeded</c>).</summary>
    public required string Status { get; init; }

    /// <summary>Billed tokens as reported by the provider.</summary>
    public long? TrainedTokens { get; init; }

    public int? Epochs { get; init; }

    /// <summary>From job creation to completion on the provider, in seconds.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>True when the model came from an earlier run's job (nothing was trained or paid now).</summary>
    public bool Reused { get; init; }

    public string? TrainingFileId { get; init; }

    public string? ValidationFileId { get; init; }

    public IReadOnlyList<TrainingCheckpoint> Checkpoints { get; init; } = [];

    public IReadOnlyList<LossPoint> LossCurve { get; init; } = [];

    /// <summary>Findings along the way (e.g. a base model shutdown date that is near).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}

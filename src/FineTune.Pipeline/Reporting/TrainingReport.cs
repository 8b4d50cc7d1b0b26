using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// <c>training</c> in report.json: <c>provider, job_id, model_id, trained_tokens, epochs, status,
/// duration_s, checkpoints[]</c>, plus the base model, whether the model was reused from an earlier
/// run, and the loss curve (at most <see cref="MaxLossPoints"/> points, evenly thinned).
/// </summary>
public sealed record TrainingReport
{
    public const int MaxLossPoints = 500;

    public required string Provider { get; init; }

    public required string JobId { get; init; }

    public required string ModelId { get; init; }

    public required string BaseModel { get; init; }

    public long? TrainedTokens { get; init; }

    public int? Epochs { get; init; }

    public required string Status { get; init; }

    /// <summary>Seconds from job creation to completion on the provider.</summary>
    public double? DurationS { get; init; }

    public bool Reused { get; init; }

    public IReadOnlyList<TrainingCheckpoint> Checkpoints { get; init; } = [];

    public IReadOnlyList<LossPoint> LossCurve { get; init; } = [];

    public static TrainingReport From(TrainingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TrainingReport
        {
            Provider = result.Provider,
            JobId = result.JobId,
            ModelId = result.ModelId,
            BaseModel = result.BaseModel,
            TrainedTokens = result.TrainedTokens,
            Epochs = result.Epochs,
            Status = result.Status,
            DurationS = result.DurationSeconds,
            Reused = result.Reused,
            Checkpoints = result.Checkpoints,
            LossCurve = Thin(result.LossCurve, MaxLossPoints),
        };
    }

    /// <summary>At most <paramref name="max"/> points, evenly spaced, always keeping the first and the last.</summary>
    public static IReadOnlyList<LossPoint> Thin(IReadOnlyList<LossPoint> points, int max)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count <= max || max < 2)
        {
            return points;
        }

        return [.. Enumerable.Range(0, max).Select(i => points[(int)Math.Round(i * (points.Count - 1) / (double)(max - 1))])];
    }
}

namespace FineTune.Pipeline.Config;

/// <summary><c>evaluate.overfit</c>: flags candidate answers that copy a training answer.</summary>
public sealed record OverfitConfig
{
    /// <summary>Normalized similarity at or above which an answer counts as copied (1 = verbatim after normalization).</summary>
    public double SimilarityThreshold { get; init; } = 0.9;

    /// <summary>A warning is raised when more than this fraction of candidate answers are copies.</summary>
    public double WarnRate { get; init; } = 0.1;
}

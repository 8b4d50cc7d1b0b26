using FineTune.Pipeline.Evaluation.Items;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Both models on one item. When <see cref="Errors"/> is not empty the item is left out of the
/// comparison and counted against the error budget — an error is never a score.
/// </summary>
public sealed record ItemResult
{
    public required EvalItem Item { get; init; }

    public required ModelScores Baseline { get; init; }

    public required ModelScores Candidate { get; init; }

    /// <summary>What went wrong (failed requests, unparseable judge replies), or empty.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>True when the run stopped (error budget exhausted, cancelled) before this item was evaluated.</summary>
    public bool Skipped { get; init; }

    public bool IsError => Errors.Count > 0;

    /// <summary>candidate − baseline on the metric; null for errors.</summary>
    public double? Delta => IsError || Baseline.Metric is null || Candidate.Metric is null ? null : Candidate.Metric - Baseline.Metric;
}

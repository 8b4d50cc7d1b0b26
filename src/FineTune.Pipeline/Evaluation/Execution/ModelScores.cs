namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>One model's outcome on one item: its answers (one per repeat) and per-scorer scores averaged over repeats.</summary>
public sealed record ModelScores
{
    /// <summary>Answer text per repeat; null where the request failed.</summary>
    public required IReadOnlyList<string?> Answers { get; init; }

    /// <summary>Mean over repeats per scorer; null when that scorer failed on any repeat.</summary>
    public required IReadOnlyDictionary<string, double?> Scores { get; init; }

    /// <summary>Scorer detail of the first repeat (judge reasoning, missing text …).</summary>
    public required IReadOnlyDictionary<string, string?> Details { get; init; }

    /// <summary>The gate's metric for this item; null when it could not be computed.</summary>
    public double? Metric { get; init; }
}

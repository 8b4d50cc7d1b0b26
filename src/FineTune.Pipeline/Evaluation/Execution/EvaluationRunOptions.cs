using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>What the runner needs besides the models and scorers.</summary>
public sealed record EvaluationRunOptions
{
    /// <summary>Name of the scorer the gate reads, or <see cref="ScorerSet.CombinedMetric"/>.</summary>
    public string Metric { get; init; } = ScorerSet.CombinedMetric;

    /// <summary>Answers per item and model; scores are averaged per item.</summary>
    public int Repeats { get; init; } = 1;

    public GenerationSettings Generation { get; init; } = new();

    /// <summary>The run stops early once more than this fraction of items are errors (the gate would say "error" anyway).</summary>
    public double MaxErrorRate { get; init; } = 0.05;
}

using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Overfitting;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation;

/// <summary>Everything an evaluation found: the input of the gate, the summary, report.json, JSONL and JUnit.</summary>
public sealed record EvaluationOutcome
{
    /// <summary>Name of the scorer the gate read, or <c>score</c>.</summary>
    public required string Metric { get; init; }

    public required string BaselineModel { get; init; }

    public required string CandidateModel { get; init; }

    public required IReadOnlyList<ItemResult> Items { get; init; }

    public required PairedComparison Comparison { get; init; }

    public required GateDecision Decision { get; init; }

    public required PowerCheck Power { get; init; }

    public required IReadOnlyList<ScorerSummary> Scorers { get; init; }

    public required IReadOnlyList<TagResult> Tags { get; init; }

    public int Repeats { get; init; } = 1;

    public OverfitReport? Overfit { get; init; }

    public ExecutionSummary? Execution { get; init; }

    public EvaluationCostEstimate? Cost { get; init; }

    /// <summary>Items left out of the comparison (failed or skipped).</summary>
    public int Errors => Items.Count(i => i.IsError);

    /// <summary>Items in the comparison.</summary>
    public int Scored => Items.Count - Errors;
}

using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation;

/// <summary>One scorer's mean for both models over the items where it produced a score on both sides.</summary>
public sealed record ScorerSummary(string Name, double Weight, MeanEstimate Baseline, MeanEstimate Candidate);

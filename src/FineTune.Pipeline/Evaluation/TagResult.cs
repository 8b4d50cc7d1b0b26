using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation;

/// <summary>The comparison restricted to the items carrying one tag (a slice).</summary>
public sealed record TagResult(string Tag, int Items, double BaselineMean, double CandidateMean, MeanEstimate Difference);

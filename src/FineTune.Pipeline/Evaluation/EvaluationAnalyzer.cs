using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Scorers;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation;

/// <summary>Turns item results into the statistics and the verdict (pure: same results, same outcome).</summary>
public static class EvaluationAnalyzer
{
    public static EvaluationOutcome Analyze(
        IReadOnlyList<ItemResult> items,
        ScorerSet scorers,
        EvaluateConfig config,
        string baselineModel,
        string candidateModel)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(scorers);
        ArgumentNullException.ThrowIfNull(config);
        var gate = config.Gate;
        var confidence = gate.Confidence ?? config.Confidence;
        var bootstrap = new BootstrapOptions(config.Bootstrap.Resamples, unchecked((ulong)config.Bootstrap.Seed));
        var scored = items.Where(i => !i.IsError).ToArray();
        var comparison = Compare(scored, i => i.Baseline.Metric!.Value, i => i.Candidate.Metric!.Value, confidence, bootstrap);
        var decision = EvaluationGate.Decide(comparison, items.Count, items.Count - scored.Length, gate);
        return new EvaluationOutcome
        {
            Metric = gate.Metric,
            BaselineModel = baselineModel,
            CandidateModel = candidateModel,
            Items = items,
            Comparison = comparison,
            Decision = decision,
            Power = PowerAnalysis.Check(decision.Margin, comparison.Difference.StandardError, scored.Length, 1 - confidence),
            Scorers = scorers.Weights.Select(w => Summary(w.Name, w.Weight, items, confidence)).ToArray(),
            Tags = Tags(scored, confidence),
            Repeats = config.Repeats,
        };
    }

    private static PairedComparison Compare(IReadOnlyList<ItemResult> items, Func<ItemResult, double> baseline, Func<ItemResult, double> candidate, double confidence, BootstrapOptions bootstrap)
    {
        var groups = items.Any(i => i.Item.Group is not null) ? items.Select(i => i.Item.Group).ToArray() : null;
        var comparison = PairedAnalysis.Compare(items.Select(baseline).ToArray(), items.Select(candidate).ToArray(), confidence, groups, bootstrap);

        // Scores lie in [0, 1]: no interval reaches past what a mean or a difference of them can be.
        return comparison with
        {
            Baseline = comparison.Baseline.Within(0, 1),
            Candidate = comparison.Candidate.Within(0, 1),
            Difference = comparison.Difference.Within(-1, 1),
        };
    }

    private static ScorerSummary Summary(string name, double weight, IReadOnlyList<ItemResult> items, double confidence)
    {
        var both = items
            .Where(i => !i.Skipped && i.Baseline.Scores.GetValueOrDefault(name) is not null && i.Candidate.Scores.GetValueOrDefault(name) is not null)
            .ToArray();
        return new ScorerSummary(
            name,
            weight,
            MeanEstimator.Estimate(both.Select(i => i.Baseline.Scores[name]!.Value).ToArray(), confidence).Within(0, 1),
            MeanEstimator.Estimate(both.Select(i => i.Candidate.Scores[name]!.Value).ToArray(), confidence).Within(0, 1));
    }

    private static TagResult[] Tags(IReadOnlyList<ItemResult> scored, double confidence)
        => scored
            .SelectMany(i => i.Item.Tags.Select(t => (Tag: t, Item: i)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var slice = g.Select(x => x.Item).ToArray();
                var deltas = slice.Select(i => i.Delta!.Value).ToArray();
                var groups = slice.Any(i => i.Item.Group is not null) ? slice.Select(i => i.Item.Group).ToArray() : null;
                return new TagResult(
                    g.Key,
                    slice.Length,
                    MeanEstimator.Mean(slice.Select(i => i.Baseline.Metric!.Value).ToArray()),
                    MeanEstimator.Mean(slice.Select(i => i.Candidate.Metric!.Value).ToArray()),
                    MeanEstimator.Estimate(deltas, confidence, groups).Within(-1, 1));
            })
            .ToArray();
}

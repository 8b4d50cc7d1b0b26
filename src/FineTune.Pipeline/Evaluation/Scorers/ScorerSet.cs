namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>The configured scorers: per-answer ones and pairwise ones (which score both models at once).</summary>
public sealed record ScorerSet(IReadOnlyList<IScorer> Pointwise, IReadOnlyList<IPairwiseScorer> Pairwise)
{
    /// <summary>Name of the combined metric: the weighted mean of every scorer with a weight above 0.</summary>
    public const string CombinedMetric = "score";

    public IEnumerable<string> Names => Pointwise.Select(s => s.Name).Concat(Pairwise.Select(s => s.Name));

    public IEnumerable<(string Name, double Weight)> Weights
        => Pointwise.Select(s => (s.Name, s.Weight)).Concat(Pairwise.Select(s => (s.Name, s.Weight)));

    public bool NeedsJudge => Pointwise.OfType<JudgeScorer>().Any() || Pairwise.Count > 0;
}

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>Character edit similarity between the normalised answer and reference.</summary>
public sealed class EditSimilarityScorer(string name, double weight, TextNormalizer normalizer) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(Score.Of(EditSimilarity.Compute(normalizer.Normalize(input.Answer), normalizer.Normalize(input.Item.Reference))));
    }
}

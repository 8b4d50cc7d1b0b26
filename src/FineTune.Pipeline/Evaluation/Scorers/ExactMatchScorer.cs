namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>1 when the answer equals the reference after normalisation, else 0.</summary>
public sealed class ExactMatchScorer(string name, double weight, TextNormalizer normalizer) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var equal = string.Equals(normalizer.Normalize(input.Answer), normalizer.Normalize(input.Item.Reference), StringComparison.Ordinal);
        return Task.FromResult(equal ? Score.Pass() : Score.Fail());
    }
}

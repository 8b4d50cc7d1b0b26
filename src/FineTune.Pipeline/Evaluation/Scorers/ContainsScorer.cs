namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// <c>contains</c>: 1 when the answer contains every value (the reference when no values are given);
/// <c>not_contains</c> (<paramref name="negate"/>): 1 when it contains none of them.
/// </summary>
public sealed class ContainsScorer(string name, double weight, IReadOnlyList<string> values, bool negate, TextNormalizer normalizer) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answer = normalizer.Normalize(input.Answer);
        var needles = values.Count > 0 ? values : [input.Item.Reference];
        var found = needles.Where(v => answer.Contains(normalizer.Normalize(v), StringComparison.Ordinal)).ToArray();
        if (negate)
        {
            return Task.FromResult(found.Length == 0 ? Score.Pass() : Score.Fail($"contains \"{found[0]}\""));
        }

        var missing = needles.Except(found, StringComparer.Ordinal).FirstOrDefault();
        return Task.FromResult(missing is null ? Score.Pass() : Score.Fail($"missing \"{missing}\""));
    }
}

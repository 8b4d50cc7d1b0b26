namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>Harmonic mean of word precision and recall (multiset overlap), as in SQuAD.</summary>
public sealed class TokenF1Scorer(string name, double weight) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(Score.Of(F1(input.Answer, input.Item.Reference)));
    }

    public static double F1(string answer, string reference)
    {
        var predicted = WordTokenizer.Tokenize(answer);
        var expected = WordTokenizer.Tokenize(reference);
        if (predicted.Count == 0 || expected.Count == 0)
        {
            return predicted.Count == expected.Count ? 1 : 0;
        }

        var counts = expected.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var token in predicted)
        {
            if (counts.TryGetValue(token, out var left) && left > 0)
            {
                counts[token] = left - 1;
                common++;
            }
        }

        if (common == 0)
        {
            return 0;
        }

        var precision = (double)common / predicted.Count;
        var recall = (double)common / expected.Count;
        return 2 * precision * recall / (precision + recall);
    }
}

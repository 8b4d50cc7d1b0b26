using System.Text.Json;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>1 when the whole answer (surrounding whitespace aside) is one JSON value.</summary>
public sealed class JsonValidScorer(string name, double weight) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var _ = JsonDocument.Parse(input.Answer);
            return Task.FromResult(Score.Pass());
        }
        catch (JsonException e)
        {
            return Task.FromResult(Score.Fail($"not JSON: {e.Message}"));
        }
    }
}

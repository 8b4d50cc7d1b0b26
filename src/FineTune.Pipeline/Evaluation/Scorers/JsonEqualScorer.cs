using System.Text.Json;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>1 when answer and reference both parse as JSON and are equal as values (key order and spacing aside).</summary>
public sealed class JsonEqualScorer(string name, double weight) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var answer = JsonDocument.Parse(input.Answer);
            using var reference = JsonDocument.Parse(input.Item.Reference);
            return Task.FromResult(JsonElement.DeepEquals(answer.RootElement, reference.RootElement) ? Score.Pass() : Score.Fail("JSON differs from the reference"));
        }
        catch (JsonException e)
        {
            return Task.FromResult(Score.Fail($"not JSON: {e.Message}"));
        }
    }
}

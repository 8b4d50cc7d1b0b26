using NJsonSchema;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>1 when the answer is JSON that validates against the schema (NJsonSchema); the first violation is the detail.</summary>
public sealed class JsonSchemaScorer(string name, double weight, JsonSchema schema) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            errors = schema.Validate(input.Answer);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            return Task.FromResult(Score.Fail($"not JSON: {e.Message}"));
        }

        if (errors.Count == 0)
        {
            return Task.FromResult(Score.Pass());
        }

        var first = errors.First();
        return Task.FromResult(Score.Fail($"{errors.Count} schema violation(s); first: {first.Kind} at {(string.IsNullOrEmpty(first.Path) ? "#" : first.Path)}"));
    }
}

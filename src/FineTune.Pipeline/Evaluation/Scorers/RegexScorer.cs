using System.Text.RegularExpressions;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>1 when the answer matches the pattern. A pattern that runs past its timeout is an error, not a zero.</summary>
public sealed class RegexScorer(string name, double weight, Regex pattern) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Task.FromResult(pattern.IsMatch(input.Answer) ? Score.Pass() : Score.Fail());
        }
        catch (RegexMatchTimeoutException)
        {
            return Task.FromResult(Score.Failed($"regex /{pattern}/ timed out on the answer; simplify the pattern"));
        }
    }
}

using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// Pairwise judge asked in both orders (baseline as A, then candidate as A) to cancel position bias.
/// Each order gives the candidate 1 (win), ½ (tie) or 0 (loss); the candidate's score is the mean of
/// the two, the baseline's is one minus it. If either order fails to parse, the item is an error.
/// </summary>
public sealed class PairwiseJudgeScorer(string name, double weight, IChatModel judge, GenerationSettings settings, string? rubric) : IPairwiseScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public async Task<(Score Baseline, Score Candidate)> CompareAsync(EvalItem item, string baselineAnswer, string candidateAnswer, int repeat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var first = AskAsync(item, baselineAnswer, candidateAnswer, repeat, cancellationToken);
        var second = AskAsync(item, candidateAnswer, baselineAnswer, repeat, cancellationToken);
        var (winner1, reasoning1, error1) = await first.ConfigureAwait(false);
        var (winner2, reasoning2, error2) = await second.ConfigureAwait(false);
        if (error1 is not null || error2 is not null)
        {
            var error = Score.Failed(error1 ?? error2!);
            return (error, error);
        }

        // Order 1: candidate is B. Order 2: candidate is A.
        var candidate = (Points(winner1!, "B") + Points(winner2!, "A")) / 2;
        var detail = $"baseline as A: {winner1} ({reasoning1}) | candidate as A: {winner2} ({reasoning2})";
        return (Score.Of(1 - candidate, detail), Score.Of(candidate, detail));
    }

    private static double Points(string winner, string candidateLabel)
        => winner == "tie" ? 0.5 : winner == candidateLabel ? 1 : 0;

    private async Task<(string? Winner, string Reasoning, string? Error)> AskAsync(EvalItem item, string a, string b, int repeat, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await judge.CompleteAsync(JudgePrompts.Pairwise(item, a, b, rubric), settings.ForRepeat(repeat), cancellationToken).ConfigureAwait(false);
            return JudgeOutputParser.ParseWinner(reply.Text);
        }
        catch (ChatModelException e)
        {
            return (null, string.Empty, $"judge request failed: {e.Message}");
        }
    }
}

using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>
/// LLM-as-judge: the judge reads the conversation, the reference and the answer, reasons, then gives
/// an integer 1–5 mapped to (N − 1) / 4. A reply that does not parse strictly is an error.
/// API failures of the judge are errors too (the exception is turned into a <see cref="Score"/> error).
/// </summary>
public sealed class JudgeScorer(string name, double weight, IChatModel judge, GenerationSettings settings, string? rubric) : IScorer
{
    public string Name { get; } = name;

    public double Weight { get; } = weight;

    public async Task<Score> ScoreAsync(ScoringInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ChatResult reply;
        try
        {
            reply = await judge.CompleteAsync(JudgePrompts.Pointwise(input.Item, input.Answer, rubric), settings.ForRepeat(input.Repeat), cancellationToken).ConfigureAwait(false);
        }
        catch (ChatModelException e)
        {
            return Score.Failed($"judge request failed: {e.Message}");
        }

        var (score, reasoning, error) = JudgeOutputParser.ParseScore(reply.Text);
        return error is not null ? Score.Failed(error) : Score.Of((score!.Value - 1) / 4.0, reasoning);
    }
}

using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Generation.Filtering;

/// <summary>
/// Grades a teacher answer with the LLM judge (a wrapped <see cref="IChatModel"/>: cached, retried, limited).
/// A reply that does not parse is a verdict with an error (the answer is dropped); a request that fails for
/// good throws <see cref="ChatModelException"/> (the prompt failed and is asked again next run).
/// </summary>
public sealed class AnswerJudge(IChatModel judge, GenerationSettings settings, string? rubric)
{
    public IChatModel Model => judge;

    public GenerationSettings Settings => settings;

    public string? Rubric => rubric;

    public async Task<(JudgeVerdict Verdict, ChatResult Reply)> GradeAsync(IReadOnlyList<ChatMessage> conversation, string answer, CancellationToken cancellationToken)
    {
        var reply = await judge.CompleteAsync(AnswerJudgePrompt.Build(conversation, answer, rubric), settings, cancellationToken).ConfigureAwait(false);
        var (score, reasoning, error) = JudgeOutputParser.ParseScore(reply.Text);
        return (new JudgeVerdict(score, reasoning, error), reply);
    }
}

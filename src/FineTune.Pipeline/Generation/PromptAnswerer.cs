using System.Globalization;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Filtering;
using FineTune.Pipeline.Generation.Output;
using FineTune.Pipeline.Generation.Prompts;
using FineTune.Pipeline.Generation.Provenance;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// Asks the teacher for the <c>n</c> candidates of one prompt (candidate k with seed + k), drops empty answers and
/// answers cut off at <c>max_tokens</c>, lets the judge grade the rest when there is a filter, and keeps every
/// candidate at or above <c>min_score</c> (<c>select: all</c>) or the best one (<c>select: best</c>; ties go to the
/// lower index). A request that fails for good fails the whole prompt: nothing of it is written.
/// </summary>
public sealed class PromptAnswerer(IChatModel teacher, GenerationSettings settings, int n, AnswerJudge? judge, int minScore, bool selectBest)
{
    private const string NotBest = "another candidate";

    public async Task<PromptOutcome> AnswerAsync(GenerationPrompt prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var outcome = new PromptOutcome(prompt);
        ChatResult[] answers;
        try
        {
            answers = await Task.WhenAll(Enumerable.Range(0, n).Select(k => teacher.CompleteAsync(prompt.Messages, settings.ForRepeat(k), cancellationToken))).ConfigureAwait(false);
        }
        catch (ChatModelException e)
        {
            return outcome with { Error = $"teacher: {e.Message}" };
        }

        outcome = outcome with { Teacher = answers.Where(a => !a.FromCache).Aggregate(TokenUsage.None, (sum, a) => sum + new TokenUsage(a.InputTokens, a.OutputTokens)) };
        (JudgeVerdict Verdict, ChatResult Reply)?[] grades;
        try
        {
            grades = await Task.WhenAll(answers.Select(a => GradeAsync(prompt, a, cancellationToken))).ConfigureAwait(false);
        }
        catch (ChatModelException e)
        {
            return outcome with { Error = $"judge: {e.Message}" };
        }

        var judgeUsage = grades.Where(g => g is { Reply.FromCache: false }).Aggregate(TokenUsage.None, (sum, g) => sum + new TokenUsage(g!.Value.Reply.InputTokens, g.Value.Reply.OutputTokens));
        var verdicts = answers.Select((answer, k) => Decide(k, answer, grades[k]?.Verdict)).ToList();
        if (selectBest)
        {
            verdicts = KeepBest(verdicts);
        }

        return outcome with
        {
            Judge = judgeUsage,
            Verdicts = verdicts,
            Lines = [.. verdicts.Where(v => v.Kept).Select(v => TrainingLine.Format(prompt.Messages, answers[v.Index].Text))],
            Dropped = [.. verdicts.Where(v => !v.Kept && v.Reason is not null && !v.Reason.StartsWith(NotBest, StringComparison.Ordinal))
                .Select(v => new DroppedAnswer(prompt.Id, prompt.Line, v.Index, v.Score, v.Reason!))],
            JudgeErrors = grades.Count(g => g?.Verdict.Error is not null),
        };
    }

    private async Task<(JudgeVerdict Verdict, ChatResult Reply)?> GradeAsync(GenerationPrompt prompt, ChatResult answer, CancellationToken cancellationToken)
    {
        if (judge is null || Unusable(answer) is not null)
        {
            return null;
        }

        return await judge.GradeAsync(prompt.Messages, answer.Text, cancellationToken).ConfigureAwait(false);
    }

    private CandidateVerdict Decide(int index, ChatResult answer, JudgeVerdict? verdict)
    {
        if (Unusable(answer) is { } reason)
        {
            return new CandidateVerdict(index, null, false, reason);
        }

        if (judge is null || verdict is null)
        {
            return new CandidateVerdict(index, null, true, null);
        }

        if (verdict.Error is { } error)
        {
            return new CandidateVerdict(index, null, false, "the judge's reply could not be read: " + error);
        }

        var score = verdict.Score!.Value;
        return score >= minScore
            ? new CandidateVerdict(index, score, true, verdict.Reasoning)
            : new CandidateVerdict(index, score, false, string.Create(CultureInfo.InvariantCulture, $"graded {score} < min_score {minScore}: {verdict.Reasoning}"));
    }

    private string? Unusable(ChatResult answer)
    {
        if (string.IsNullOrWhiteSpace(answer.Text))
        {
            return "the teacher's answer is empty";
        }

        return answer.Truncated ? string.Create(CultureInfo.InvariantCulture, $"the answer was cut off at max_tokens ({settings.MaxTokens})") : null;
    }

    private static List<CandidateVerdict> KeepBest(List<CandidateVerdict> verdicts)
    {
        var best = verdicts.Where(v => v.Kept).OrderByDescending(v => v.Score ?? 0).ThenBy(v => v.Index).FirstOrDefault();
        return [.. verdicts.Select(v => v.Kept && v != best
            ? v with { Kept = false, Reason = string.Create(CultureInfo.InvariantCulture, $"{NotBest} ({best!.Index}) was graded higher or equal ({best.Score} ≥ {v.Score})") }
            : v)];
    }
}

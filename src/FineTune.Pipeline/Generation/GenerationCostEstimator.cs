using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Filtering;
using FineTune.Pipeline.Generation.Prompts;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// Estimates a run before any request: each candidate of each prompt to generate is either in the response
/// cache (free; its judge request is then known exactly and may be cached too) or a request of exact prompt
/// tokens (the cookbook's chat formula on tiktoken counts) and at most <c>max_tokens</c> of answer; a judge
/// request adds the judge prompt with an answer of <c>max_tokens</c> and at most the judge's <c>max_tokens</c>.
/// </summary>
public static class GenerationCostEstimator
{
    private const int TokensPerMessage = 3;
    private const int ReplyPriming = 3;

    public static GenerationCostEstimate Estimate(IReadOnlyList<GenerationPrompt> prompts, GenerateOptions options, IChatModel teacher, IChatModel? judge, ResponseCache cache)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(teacher);
        ArgumentNullException.ThrowIfNull(cache);
        var count = options.CountTokens;
        var rubric = options.Config.Filter?.Rubric;
        var maxAnswer = options.Config.MaxTokens;
        var judgeReply = options.JudgeSettings.MaxTokens ?? 0;
        var emptyJudgePrompt = judge is null ? 0 : ChatTokens(AnswerJudgePrompt.Build([], string.Empty, rubric), count);
        int requests = 0, cached = 0;
        long teacherIn = 0, teacherOut = 0, judgeIn = 0, judgeOut = 0;
        foreach (var prompt in prompts)
        {
            var promptTokens = ChatTokens(prompt.Messages, count);
            for (var k = 0; k < options.Config.N; k++)
            {
                var hit = cache.TryGet(CacheKey.Compute(teacher.Endpoint, teacher.Name, prompt.Messages, options.TeacherSettings.ForRepeat(k)));
                if (hit is null)
                {
                    requests++;
                    (teacherIn, teacherOut) = (teacherIn + promptTokens, teacherOut + maxAnswer);
                }
                else
                {
                    cached++;
                }

                if (judge is null)
                {
                    continue;
                }

                if (hit is not null)
                {
                    var judgePrompt = AnswerJudgePrompt.Build(prompt.Messages, hit.Text, rubric);
                    if (cache.TryGet(CacheKey.Compute(judge.Endpoint, judge.Name, judgePrompt, options.JudgeSettings)) is not null)
                    {
                        cached++;
                        continue;
                    }

                    requests++;
                    (judgeIn, judgeOut) = (judgeIn + ChatTokens(judgePrompt, count), judgeOut + judgeReply);
                    continue;
                }

                requests++;
                (judgeIn, judgeOut) = (judgeIn + emptyJudgePrompt + promptTokens + maxAnswer, judgeOut + judgeReply);
            }
        }

        var teacherUsd = Usd(options.TeacherPrice, teacherIn, teacherOut);
        var judgeUsd = Usd(options.JudgePrice, judgeIn, judgeOut);
        decimal? usd = teacherUsd is { } t && judgeUsd is { } j ? t + j : null;
        return new GenerationCostEstimate(requests, cached, teacherIn + judgeIn, teacherOut + judgeOut, usd, options.Config.BudgetUsd);
    }

    /// <summary>Tokens of a chat request by the cookbook's formula: 3 per message + role + content, + 3 for the reply.</summary>
    public static int ChatTokens(IReadOnlyList<ChatMessage> messages, Func<string, int> count)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(count);
        return ReplyPriming + messages.Sum(m => TokensPerMessage + count(m.Role) + count(m.Content));
    }

    /// <summary>USD for the tokens at a price per 1M; null without a price (0 tokens cost 0 anyway).</summary>
    public static decimal? Usd(ModelPriceConfig? price, long input, long output)
        => input == 0 && output == 0 ? 0m : price is null ? null : ((input * price.Input) + (output * price.Output)) / 1_000_000m;
}

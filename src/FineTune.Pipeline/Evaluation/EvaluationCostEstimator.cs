using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Execution;
using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation;

/// <summary>
/// Estimates, before anything is sent, the requests and tokens of a run and their price. Model
/// requests already in the cache are free. Judge requests are assumed cached exactly when both answers
/// of their item are (their prompt is built from those answers). Output length is estimated from the
/// reference answer, judge replies at <see cref="JudgeReplyTokens"/> tokens.
/// </summary>
public static class EvaluationCostEstimator
{
    public const int JudgeReplyTokens = 150;
    public const int JudgePromptOverheadTokens = 300;
    private const int TokensPerMessage = 4;

    public static EvaluationCostEstimate Estimate(
        IReadOnlyList<EvalItem> items,
        IChatModel baseline,
        IChatModel candidate,
        string? judgeModel,
        int judgeRequestsPerAnswerPair,
        EvaluateConfig config,
        ResponseCache cache,
        Func<string, int> countTokens)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(countTokens);
        var generation = GenerationSettings.From(config.Generation);
        var tokens = new Dictionary<string, (long Input, long Output)>(StringComparer.Ordinal);
        int requests = 0, cached = 0;

        void Add(string model, long input, long output)
        {
            var (i, o) = tokens.GetValueOrDefault(model);
            tokens[model] = (i + input, o + output);
        }

        foreach (var item in items)
        {
            var promptTokens = item.Prompt.Sum(m => countTokens(m.Content) + TokensPerMessage);
            var answerTokens = Math.Min(countTokens(item.Reference), generation.MaxTokens ?? int.MaxValue);
            for (var r = 0; r < config.Repeats; r++)
            {
                var settings = generation.ForRepeat(r);
                var bothCached = true;
                foreach (var model in new[] { baseline, candidate })
                {
                    if (cache.TryGet(CacheKey.Compute(model.Endpoint, model.Name, item.Prompt, settings)) is not null)
                    {
                        cached++;
                        continue;
                    }

                    bothCached = false;
                    requests++;
                    Add(model.Name, promptTokens, answerTokens);
                }

                if (judgeModel is null || judgeRequestsPerAnswerPair == 0)
                {
                    continue;
                }

                if (bothCached)
                {
                    cached += judgeRequestsPerAnswerPair;
                    continue;
                }

                requests += judgeRequestsPerAnswerPair;
                var judgeInput = promptTokens + countTokens(item.Reference) + (2L * answerTokens) + JudgePromptOverheadTokens;
                Add(judgeModel, judgeRequestsPerAnswerPair * judgeInput, judgeRequestsPerAnswerPair * (long)JudgeReplyTokens);
            }
        }

        var unpriced = tokens.Keys.Where(m => !config.Prices.ContainsKey(m)).Order(StringComparer.Ordinal).ToArray();
        decimal? usd = unpriced.Length > 0 ? null : tokens.Sum(t => ((t.Value.Input * config.Prices[t.Key].Input) + (t.Value.Output * config.Prices[t.Key].Output)) / 1_000_000m);
        return new EvaluationCostEstimate(requests, cached, tokens.Values.Sum(t => t.Input), tokens.Values.Sum(t => t.Output), usd, config.BudgetUsd, unpriced);
    }
}

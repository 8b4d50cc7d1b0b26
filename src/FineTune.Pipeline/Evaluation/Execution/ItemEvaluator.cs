using System.Globalization;
using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Evaluates one item: asks both models (each repeat), scores every answer, averages scores over
/// repeats and computes the metric. Failures become errors on the item, never scores.
/// </summary>
internal sealed class ItemEvaluator(IChatModel baseline, IChatModel candidate, ScorerSet scorers, EvaluationRunOptions options)
{
    public async Task<ItemResult> EvaluateAsync(EvalItem item, CancellationToken cancellationToken)
    {
        var repeats = await Task.WhenAll(Enumerable.Range(0, options.Repeats).Select(r => RepeatAsync(item, r, cancellationToken))).ConfigureAwait(false);
        var errors = new List<string>();
        foreach (var (r, side, message) in repeats.SelectMany((rep, r) => rep.AnswerErrors.Select(e => (r, e.Side, e.Message))))
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{side} answer (repeat {r + 1}): {message}"));
        }

        var baselineScores = Aggregate(repeats.Select(r => r.Baseline).ToArray(), "baseline", errors);
        var candidateScores = Aggregate(repeats.Select(r => r.Candidate).ToArray(), "candidate", errors);
        return new ItemResult
        {
            Item = item,
            Baseline = baselineScores with { Answers = repeats.Select(r => r.BaselineAnswer).ToArray() },
            Candidate = candidateScores with { Answers = repeats.Select(r => r.CandidateAnswer).ToArray() },
            Errors = errors,
        };
    }

    private async Task<RepeatOutcome> RepeatAsync(EvalItem item, int repeat, CancellationToken cancellationToken)
    {
        var settings = options.Generation.ForRepeat(repeat);
        var baselineTask = AnswerAsync(baseline, item, settings, cancellationToken);
        var candidateTask = AnswerAsync(candidate, item, settings, cancellationToken);
        var (baselineAnswer, baselineError) = await baselineTask.ConfigureAwait(false);
        var (candidateAnswer, candidateError) = await candidateTask.ConfigureAwait(false);
        var outcome = new RepeatOutcome(baselineAnswer, candidateAnswer);
        if (baselineError is not null)
        {
            outcome.AnswerErrors.Add(("baseline", baselineError));
        }

        if (candidateError is not null)
        {
            outcome.AnswerErrors.Add(("candidate", candidateError));
        }

        var pointwise = new List<Task>();
        foreach (var scorer in scorers.Pointwise)
        {
            pointwise.Add(ScoreAsync(scorer, item, baselineAnswer, repeat, outcome.Baseline, cancellationToken));
            pointwise.Add(ScoreAsync(scorer, item, candidateAnswer, repeat, outcome.Candidate, cancellationToken));
        }

        foreach (var scorer in scorers.Pairwise)
        {
            pointwise.Add(CompareAsync(scorer, item, baselineAnswer, candidateAnswer, repeat, outcome, cancellationToken));
        }

        await Task.WhenAll(pointwise).ConfigureAwait(false);
        return outcome;
    }

    private static async Task<(string? Text, string? Error)> AnswerAsync(IChatModel model, EvalItem item, GenerationSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var result = await model.CompleteAsync(item.Prompt, settings, cancellationToken).ConfigureAwait(false);
            return (result.Text, null);
        }
        catch (ChatModelException e)
        {
            return (null, e.Message);
        }
    }

    private static async Task ScoreAsync(IScorer scorer, EvalItem item, string? answer, int repeat, Dictionary<string, Score?> into, CancellationToken cancellationToken)
    {
        var score = answer is null ? null : await scorer.ScoreAsync(new ScoringInput(item, answer, repeat), cancellationToken).ConfigureAwait(false);
        lock (into)
        {
            into[scorer.Name] = score;
        }
    }

    private static async Task CompareAsync(IPairwiseScorer scorer, EvalItem item, string? baselineAnswer, string? candidateAnswer, int repeat, RepeatOutcome outcome, CancellationToken cancellationToken)
    {
        (Score Baseline, Score Candidate)? scores = baselineAnswer is null || candidateAnswer is null
            ? null
            : await scorer.CompareAsync(item, baselineAnswer, candidateAnswer, repeat, cancellationToken).ConfigureAwait(false);
        lock (outcome.Baseline)
        {
            outcome.Baseline[scorer.Name] = scores?.Baseline;
        }

        lock (outcome.Candidate)
        {
            outcome.Candidate[scorer.Name] = scores?.Candidate;
        }
    }

    private ModelScores Aggregate(IReadOnlyList<Dictionary<string, Score?>> perRepeat, string side, List<string> errors)
    {
        var scores = new Dictionary<string, double?>(StringComparer.Ordinal);
        var details = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, weight) in scorers.Weights)
        {
            var values = perRepeat.Select(r => r.GetValueOrDefault(name)).ToArray();
            var failed = values.FirstOrDefault(v => v is { IsError: true });
            var relevant = options.Metric == name || (options.Metric == ScorerSet.CombinedMetric && weight > 0);
            if (failed is not null && relevant)
            {
                errors.Add($"{side} {name}: {failed.Error}");
            }

            scores[name] = values.All(v => v?.Value is not null) ? values.Average(v => v!.Value!.Value) : null;
            details[name] = failed?.Error is { } error ? "error: " + error : values.FirstOrDefault()?.Detail;
        }

        return new ModelScores { Answers = [], Scores = scores, Details = details, Metric = Metric(scores) };
    }

    private double? Metric(Dictionary<string, double?> scores)
    {
        if (options.Metric != ScorerSet.CombinedMetric)
        {
            return scores.GetValueOrDefault(options.Metric);
        }

        double sum = 0, weights = 0;
        foreach (var (name, weight) in scorers.Weights.Where(w => w.Weight > 0))
        {
            if (scores.GetValueOrDefault(name) is not { } value)
            {
                return null;
            }

            sum += weight * value;
            weights += weight;
        }

        return weights > 0 ? sum / weights : null;
    }

    private sealed class RepeatOutcome(string? baselineAnswer, string? candidateAnswer)
    {
        public string? BaselineAnswer { get; } = baselineAnswer;

        public string? CandidateAnswer { get; } = candidateAnswer;

        public Dictionary<string, Score?> Baseline { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Score?> Candidate { get; } = new(StringComparer.Ordinal);

        public List<(string Side, string Message)> AnswerErrors { get; } = [];
    }
}

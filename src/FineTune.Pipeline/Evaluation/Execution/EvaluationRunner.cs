using FineTune.Pipeline.Evaluation.Items;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Scorers;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Runs every item through both models and the scorers. Concurrency is bounded by the limiter inside
/// the models (see <see cref="ModelPipeline"/>); the runner starts all items and lets the limiter pace
/// them. Once more items have failed than the error budget allows, the rest are skipped: the gate's
/// verdict is "error" whatever they would have scored, so there is no point paying for them.
/// </summary>
public sealed class EvaluationRunner(IChatModel baseline, IChatModel candidate, ScorerSet scorers, EvaluationRunOptions options)
{
    public async Task<IReadOnlyList<ItemResult>> RunAsync(
        IReadOnlyList<EvalItem> items,
        ExecutionCounters counters,
        Func<int>? concurrencyLimit = null,
        IProgress<EvaluationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(counters);
        var evaluator = new ItemEvaluator(baseline, candidate, scorers, options);
        var allowedErrors = (int)Math.Floor(options.MaxErrorRate * items.Count);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var results = new ItemResult?[items.Count];
        var completed = 0;
        var errors = 0;

        async Task RunOne(int index)
        {
            ItemResult result;
            try
            {
                result = await evaluator.EvaluateAsync(items[index], budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                result = Skipped(items[index]);
            }

            results[index] = result;
            var errorCount = result.IsError && !result.Skipped ? Interlocked.Increment(ref errors) : Volatile.Read(ref errors);
            if (errorCount > allowedErrors)
            {
                await budget.CancelAsync().ConfigureAwait(false);
            }

            var done = Interlocked.Increment(ref completed);
            progress?.Report(new EvaluationProgress(done, items.Count, errorCount, counters.Requests, counters.CacheHits, counters.Retries, counters.Throttled, concurrencyLimit?.Invoke() ?? 0));
        }

        await Task.WhenAll(Enumerable.Range(0, items.Count).Select(RunOne)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return results.Select(r => r!).ToArray();
    }

    private ItemResult Skipped(EvalItem item)
    {
        var empty = new ModelScores
        {
            Answers = new string?[options.Repeats],
            Scores = new Dictionary<string, double?>(StringComparer.Ordinal),
            Details = new Dictionary<string, string?>(StringComparer.Ordinal),
        };
        return new ItemResult { Item = item, Baseline = empty, Candidate = empty, Errors = ["skipped: the error budget was exhausted before this item ran"], Skipped = true };
    }
}

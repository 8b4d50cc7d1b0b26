using System.Globalization;
using FineTune.Pipeline.Evaluation.Execution;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>
/// The progress view of a running evaluation as plain lines (readable in a terminal and in a CI log):
/// one line each time another tenth of the items is done, and one at the end.
/// </summary>
public sealed class EvaluationProgressPrinter(Action<string> writeLine, int steps = 10) : IProgress<EvaluationProgress>
{
    private readonly Lock _lock = new();
    private int _printedStep;

    public void Report(EvaluationProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var step = value.TotalItems == 0 ? steps : value.CompletedItems * steps / value.TotalItems;
        lock (_lock)
        {
            if (step <= _printedStep)
            {
                return;
            }

            _printedStep = step;
            writeLine(Format(value));
        }
    }

    public static string Format(EvaluationProgress p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"evaluate: {p.CompletedItems}/{p.TotalItems} items · {p.ErrorItems} errors · {p.Requests} requests, {p.CacheHits} from cache, {p.Retries} retried, {p.Throttled} throttled · concurrency {p.ConcurrencyLimit}");
    }
}

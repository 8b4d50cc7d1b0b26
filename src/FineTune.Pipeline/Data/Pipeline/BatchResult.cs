using System.Buffers;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>The worker's results for one batch, in line order, with the findings of its per-example rules.</summary>
internal sealed class BatchResult(LineBatch batch, LineOutcome[] outcomes, int count, IReadOnlyList<Diagnostic> findings)
{
    private LineOutcome[]? _outcomes = outcomes;

    public LineBatch Batch { get; } = batch;

    /// <summary>One outcome per line of the batch, in order (a pooled array: only the first <see cref="Count"/> are set).</summary>
    public ReadOnlySpan<LineOutcome> Outcomes => (_outcomes ?? throw new ObjectDisposedException(nameof(BatchResult))).AsSpan(0, count);

    public int Count => count;

    public IReadOnlyList<Diagnostic> Findings { get; } = findings;

    /// <summary>Gives the line buffer and the outcome array back to their pools.</summary>
    public void Release()
    {
        Batch.Release();
        var outcomes = Interlocked.Exchange(ref _outcomes, null);
        if (outcomes is not null)
        {
            ArrayPool<LineOutcome>.Shared.Return(outcomes);
        }
    }
}

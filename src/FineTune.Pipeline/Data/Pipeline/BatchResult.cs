using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>The worker's results for one batch, in line order, with the findings of its per-example rules.</summary>
internal sealed class BatchResult(LineBatch batch, LineOutcome[] outcomes, List<Diagnostic> findings)
{
    public LineBatch Batch { get; } = batch;

    public IReadOnlyList<LineOutcome> Outcomes { get; } = outcomes;

    public IReadOnlyList<Diagnostic> Findings { get; } = findings;

    public void Release() => Batch.Release();
}

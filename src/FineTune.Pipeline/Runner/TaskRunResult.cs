using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Runner;

/// <summary>What running a plan produced: one record per planned task, the exit code, and any error that stopped the run.</summary>
public sealed record TaskRunResult(IReadOnlyList<TaskRecord> Records, int ExitCode, Diagnostic? Error)
{
    public bool Cancelled => Records.Any(r => r.Status == TaskRunStatus.Cancelled);
}

using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Evaluation;

/// <summary>The result of <see cref="EvaluationPipeline.RunAsync"/>: the outcome (null when nothing ran), diagnostics and the exit code per DESIGN.md.</summary>
public sealed record EvaluationRunResult(EvaluationOutcome? Outcome, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode, EvaluationCostEstimate? Cost = null)
{
    public const int Passed = 0;
    public const int GateFailed = 1;
    public const int BadConfiguration = 2;
    public const int ExternalFailure = 3;
}

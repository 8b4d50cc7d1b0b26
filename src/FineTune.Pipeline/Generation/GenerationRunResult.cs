using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Generation;

/// <summary>The result of <see cref="GenerationPipeline.RunAsync"/>: the outcome (null when nothing ran), diagnostics and the exit code per DESIGN.md.</summary>
public sealed record GenerationRunResult(GenerationOutcome? Outcome, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode)
{
    public const int Passed = 0;
    public const int GateFailed = 1;
    public const int BadConfiguration = 2;
    public const int ExternalFailure = 3;

    /// <summary>True when the run stopped because it was cancelled; what it wrote is kept.</summary>
    public bool Cancelled => Outcome?.Cancelled == true;
}

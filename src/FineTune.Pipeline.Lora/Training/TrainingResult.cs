namespace FineTune.Pipeline.Lora.Training;

/// <summary>What a run did: steps, loss per step, eval loss per epoch, tokens per second, warnings.</summary>
public sealed record TrainingResult(
    int Steps,
    IReadOnlyList<double> StepLosses,
    IReadOnlyList<double> EvalLosses,
    double TokensPerSecond,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The step after which each epoch's eval loss was taken (same order as <see cref="EvalLosses"/>).</summary>
    public IReadOnlyList<int> EpochEndSteps { get; init; } = [];

    /// <summary>Tokens (padding excluded) the steps of this run went through.</summary>
    public long Tokens { get; init; }

    /// <summary>Step number of <c>StepLosses[0]</c> (1, or later when resumed).</summary>
    public int FirstStep { get; init; } = 1;
}

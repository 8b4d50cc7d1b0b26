namespace FineTune.Pipeline.Lora.Training;

/// <summary>What a run did: steps, loss per step, eval loss per epoch, tokens per second, warnings.</summary>
public sealed record TrainingResult(
    int Steps,
    IReadOnlyList<double> StepLosses,
    IReadOnlyList<double> EvalLosses,
    double TokensPerSecond,
    IReadOnlyList<string> Warnings);

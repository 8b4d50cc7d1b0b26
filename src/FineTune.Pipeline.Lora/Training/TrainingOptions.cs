namespace FineTune.Pipeline.Lora.Training;

/// <summary>Hyperparameters of a LoRA run (common defaults: lr 2e-4, warmup 10 %, clip 1.0, no weight decay).</summary>
public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 3;
    public int? MaxSteps { get; init; }
    public int BatchSize { get; init; } = 4;
    public int GradientAccumulation { get; init; } = 1;
    public double LearningRate { get; init; } = 2e-4;
    public double WarmupRatio { get; init; } = 0.1;
    public double WeightDecay { get; init; }
    public double MaxGradNorm { get; init; } = 1.0;
    public int MaxSeqLength { get; init; } = 512;
    public int Seed { get; init; } = 42;
    public string BaseModelName { get; init; } = "base";
}

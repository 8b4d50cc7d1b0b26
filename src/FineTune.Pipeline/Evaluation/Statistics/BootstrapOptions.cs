namespace FineTune.Pipeline.Evaluation.Statistics;

/// <summary>Paired bootstrap settings: number of resamples and the seed that makes the interval reproducible.</summary>
public sealed record BootstrapOptions(int Resamples = 10_000, ulong Seed = 20_241_101)
{
    public static BootstrapOptions Default { get; } = new();
}

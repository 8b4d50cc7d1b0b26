namespace FineTune.Pipeline.Config;

/// <summary><c>evaluate.bootstrap</c>: the paired bootstrap's resample count and seed (same seed, same interval).</summary>
public sealed record BootstrapConfig
{
    public int Resamples { get; init; } = 10_000;

    public long Seed { get; init; } = 20_241_101;
}

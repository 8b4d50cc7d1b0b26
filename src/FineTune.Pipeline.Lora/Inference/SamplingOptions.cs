namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// How tokens are picked: greedy when <see cref="Temperature"/> is 0, otherwise sampled from the
/// temperature-scaled distribution cut to its top-p nucleus, with a seeded generator (same seed, same text).
/// </summary>
public sealed record SamplingOptions
{
    public int MaxNewTokens { get; init; } = 128;

    /// <summary>0 = greedy (argmax).</summary>
    public double Temperature { get; init; }

    /// <summary>Nucleus: the smallest set of most likely tokens whose probabilities add up to at least this.</summary>
    public double TopP { get; init; } = 1.0;

    public int Seed { get; init; }

    public static SamplingOptions Greedy { get; } = new();
}

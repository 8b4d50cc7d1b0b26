using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>
/// Sampling settings of one request. <see cref="Repeat"/> is not sent to the model: it is the
/// repeat index that keeps the K answers of one item apart in the response cache.
/// </summary>
public sealed record GenerationSettings
{
    public double Temperature { get; init; }

    public int? MaxTokens { get; init; }

    public double? TopP { get; init; }

    public long? Seed { get; init; }

    public int Repeat { get; init; }

    public static GenerationSettings From(GenerationConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new GenerationSettings { Temperature = config.Temperature, MaxTokens = config.MaxTokens, TopP = config.TopP, Seed = config.Seed };
    }

    /// <summary>The settings of repeat <paramref name="repeat"/>: the seed moves with it so that sampled answers differ.</summary>
    public GenerationSettings ForRepeat(int repeat) => this with { Repeat = repeat, Seed = Seed + repeat };
}

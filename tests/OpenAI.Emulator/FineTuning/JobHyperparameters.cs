using System.Text.Json.Nodes;

namespace OpenAI.Emulator;

/// <summary>Supervised hyperparameters; null means <c>"auto"</c>.</summary>
public sealed record JobHyperparameters(int? NEpochs, int? BatchSize, double? LearningRateMultiplier)
{
    public JsonObject ToJson() => new()
    {
        ["n_epochs"] = NEpochs is { } e ? e : "auto",
        ["batch_size"] = BatchSize is { } b ? b : "auto",
        ["learning_rate_multiplier"] = LearningRateMultiplier is { } l ? l : "auto",
    };

    /// <summary>Fills <c>auto</c> values the way the API does (the epochs rule from OpenAI's cookbook).</summary>
    public JobHyperparameters Resolve(int examples)
    {
        var epochs = NEpochs ?? DefaultEpochs(examples);
        var batch = BatchSize ?? Math.Clamp((int)Math.Round(examples * 0.002), 1, 256);
        return new JobHyperparameters(epochs, batch, LearningRateMultiplier ?? 1.8);
    }

    private static int DefaultEpochs(int n)
    {
        if (n * 3 < 100)
        {
            return Math.Min(25, 100 / Math.Max(1, n));
        }

        return n * 3 > 25_000 ? Math.Max(1, 25_000 / n) : 3;
    }
}

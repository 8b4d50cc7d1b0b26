using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// What the pipeline takes from its surroundings: the loader and validator (replaceable in tests),
/// the clock, the environment variables and the working directory. <see cref="Default"/> uses the real ones.
/// </summary>
public sealed record PipelineServices
{
    public Func<string, IReadOnlyDictionary<string, string>, ConfigLoadResult> LoadConfig { get; init; } = ConfigLoader.Load;

    public Func<PipelineSettings, CancellationToken, ValidationOutcome> Validate { get; init; } = DatasetValidator.Validate;

    /// <summary>
    /// Creates the trainer of a provider (<c>train.provider</c>) writing to a log; null (the default) or a null
    /// result: the built-in choice (<c>openai</c>: the API trainer, <c>lora</c>: <see cref="LoraBackendLoader"/>).
    /// </summary>
    public Func<string, ITrainingLog, ITrainer?>? CreateTrainer { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The real loader, validator and clock, with the process environment and working directory.</summary>
    public static PipelineServices Default()
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            environment[(string)entry.Key] = entry.Value as string ?? string.Empty;
        }

        return new PipelineServices { Environment = environment };
    }

    public string? Variable(string name) => Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}

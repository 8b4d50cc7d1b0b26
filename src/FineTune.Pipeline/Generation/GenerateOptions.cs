using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Provenance;

namespace FineTune.Pipeline.Generation;

/// <summary>The <c>generate:</c> section resolved and checked: absolute paths, endpoints with their keys, prices, sampling settings.</summary>
public sealed record GenerateOptions
{
    public required GenerateConfig Config { get; init; }

    public required string PromptsPath { get; init; }

    /// <summary>The prompts file relative to finetune.yaml, as the provenance file records it.</summary>
    public required string PromptsDisplay { get; init; }

    public required string OutputPath { get; init; }

    public string ProvenancePath => ProvenanceStore.PathFor(OutputPath);

    public required string CacheDirectory { get; init; }

    public required GenerateEndpoint Teacher { get; init; }

    /// <summary>Null without <c>generate.filter</c>.</summary>
    public GenerateEndpoint? Judge { get; init; }

    public required GenerationSettings TeacherSettings { get; init; }

    public GenerationSettings JudgeSettings { get; init; } = new();

    /// <summary>Errors that stop the run only when a request must be sent (a missing API key, no price under a budget).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Deferred { get; init; } = [];

    public ModelPriceConfig? TeacherPrice { get; init; }

    public ModelPriceConfig? JudgePrice { get; init; }

    /// <summary>Token counts of the estimate (o200k_base unless the teacher is known to use another encoding).</summary>
    public required Func<string, int> CountTokens { get; init; }

    public ProvenanceSettings ProvenanceSettings => new(TeacherSettings.Temperature, Config.MaxTokens, TeacherSettings.TopP, TeacherSettings.Seed, Config.N, Config.Select);

    public GenerateRules Rules => new(Config.N, Config.Select == "all", Judge is not null, Config.Prune, ProvenanceSettings.Fingerprint(Teacher.Model));
}

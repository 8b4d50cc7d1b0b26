using System.Text.Json.Serialization;

namespace FineTune.Pipeline.Config;

/// <summary>
/// The typed form of <c>finetune.yaml</c>. Property names map to snake_case keys
/// (<c>BaseModel</c> ⇄ <c>base_model</c>). Paths are already resolved against the yaml's folder
/// when a loaded config is handed out. Defaults that depend on the model live in the catalog.
/// </summary>
public sealed record FineTuneConfig
{
    /// <summary>Schema version of the file. Only <c>1</c> exists.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Free text shown in reports.</summary>
    public string? Description { get; init; }

    /// <summary>Training and eval data.</summary>
    public DataConfig Data { get; init; } = new();

    /// <summary>Provider, base model and hyperparameters.</summary>
    public TrainConfig Train { get; init; } = new();

    /// <summary>Dataset checks: limits and rule severities.</summary>
    public ValidationConfig Validation { get; init; } = new();

    /// <summary>Price override and the budget gate.</summary>
    public CostConfig Cost { get; init; } = new();

    /// <summary>Distillation: a teacher model writes the training data before validation. Absent: no generate stage.</summary>
    public GenerateConfig? Generate { get; init; }

    /// <summary>Comparison of the tuned model with its base.</summary>
    public EvaluateConfig Evaluate { get; init; } = new();

    /// <summary>The OpenAI-compatible endpoint.</summary>
    [JsonPropertyName("openai")]
    public OpenAIConfig OpenAI { get; init; } = new();

    /// <summary>Report output.</summary>
    public ReportsConfig Reports { get; init; } = new();

    /// <summary>Catalog entries added or overridden by the project, keyed by model id.</summary>
    public IReadOnlyDictionary<string, ModelOverride> Models { get; init; } = new Dictionary<string, ModelOverride>(StringComparer.Ordinal);

    /// <summary>Full path of the yaml file this came from (null for configs built in code).</summary>
    [JsonIgnore]
    public string? SourcePath { get; init; }

    /// <summary>Folder that relative paths resolve against.</summary>
    [JsonIgnore]
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Where each key was written in the yaml (empty for configs built in code).</summary>
    [JsonIgnore]
    public ConfigPositions Positions { get; init; } = ConfigPositions.Empty;
}

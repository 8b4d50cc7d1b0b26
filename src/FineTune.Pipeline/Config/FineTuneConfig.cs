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

    public DataConfig Data { get; init; } = new();

    public TrainConfig Train { get; init; } = new();

    public ValidationConfig Validation { get; init; } = new();

    public CostConfig Cost { get; init; } = new();

    public OpenAIConfig OpenAI { get; init; } = new();

    public ReportsConfig Reports { get; init; } = new();

    /// <summary>The evaluation and its gate (<c>evaluate:</c>).</summary>
    public EvaluateConfig Evaluate { get; init; } = new();

    /// <summary>Catalog entries added or overridden by the project, keyed by model id.</summary>
    public IReadOnlyDictionary<string, ModelOverride> Models { get; init; } = new Dictionary<string, ModelOverride>(StringComparer.Ordinal);

    /// <summary>Full path of the yaml file this came from (null for configs built in code).</summary>
    public string? SourcePath { get; init; }

    /// <summary>Folder that relative paths resolve against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();
}

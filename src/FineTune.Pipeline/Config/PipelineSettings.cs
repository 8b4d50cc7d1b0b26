using FineTune.Pipeline.Catalog;

namespace FineTune.Pipeline.Config;

/// <summary>
/// The configuration with every default filled in from the catalog and every path made absolute:
/// what the validate, cost, train and evaluate tasks actually use.
/// </summary>
public sealed record PipelineSettings
{
    public required FineTuneConfig Config { get; init; }

    public required ModelInfo Model { get; init; }

    public required string Encoding { get; init; }

    public required int MaxTokensPerExample { get; init; }

    public required decimal PricePerMillionTokens { get; init; }

    /// <summary>Absolute path of the training JSONL.</summary>
    public required string TrainPath { get; init; }

    /// <summary>Absolute path of the eval JSONL, or null when the eval set is split from train.</summary>
    public string? EvalPath { get; init; }

    /// <summary>
    /// Builds settings from a config. A base model the catalog does not know is taken as a checkpoint folder
    /// (provider lora; the loader has already reported it when that folder does not exist) with o200k counts.
    /// </summary>
    public static PipelineSettings Resolve(FineTuneConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var catalog = new ModelCatalog(config.Models);
        var model = catalog.TryGet(config.Train.BaseModel) ?? SelfHosted(config);
        if (model.Path is not null)
        {
            model = model with { Path = Path.GetFullPath(model.Path, config.BaseDirectory) };
        }

        return new PipelineSettings
        {
            Config = config,
            Model = model,
            Encoding = config.Validation.Encoding ?? model.Encoding,
            MaxTokensPerExample = config.Validation.MaxTokensPerExample ?? model.MaxTokensPerExample,
            PricePerMillionTokens = config.Cost.PricePerMillionTokens ?? model.PricePerMillionTokens,
            TrainPath = Path.GetFullPath(config.Data.Train, config.BaseDirectory),
            EvalPath = config.Data.Eval is null ? null : Path.GetFullPath(config.Data.Eval, config.BaseDirectory),
        };
    }

    private static ModelInfo SelfHosted(FineTuneConfig config) =>
        new(config.Train.BaseModel, config.Train.Provider, TokenEncodings.O200kBase, 65_536, 0m, null,
            config.Train.Provider == Providers.Lora ? config.Train.BaseModel : null);
}

using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class PipelineSettingsTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Catalog_defaults_fill_what_the_yaml_leaves_out()
    {
        var settings = PipelineSettings.Resolve(_project.Load("train:\n  base_model: gpt-4.1-nano\n").Config!);

        Assert.Equal(("gpt-4.1-nano-2025-04-14", "o200k_base", 32_768, 1.50m), (settings.Model.Id, settings.Encoding, settings.MaxTokensPerExample, settings.PricePerMillionTokens));
        Assert.Equal(Path.Combine(_project.Dir, "data", "train.jsonl"), settings.TrainPath);
        Assert.Null(settings.EvalPath);
    }

    [Fact]
    public void Validation_and_cost_keys_win_over_the_catalog()
    {
        var config = _project.Load("validation:\n  encoding: cl100k_base\n  max_tokens_per_example: 4096\ncost:\n  price_per_million_tokens: 1.25\n").Config!;

        var settings = PipelineSettings.Resolve(config);

        Assert.Equal(("cl100k_base", 4096, 1.25m), (settings.Encoding, settings.MaxTokensPerExample, settings.PricePerMillionTokens));
    }

    [Fact]
    public void A_models_entry_overrides_the_built_in_values()
    {
        var config = _project.Load("models:\n  gpt-4o-mini:\n    price_per_million_tokens: 2.75\n    max_tokens_per_example: 8192\n").Config!;

        var settings = PipelineSettings.Resolve(config);

        Assert.Equal((2.75m, 8192), (settings.PricePerMillionTokens, settings.MaxTokensPerExample));
    }
}

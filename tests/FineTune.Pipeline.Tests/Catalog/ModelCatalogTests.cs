using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Catalog;

public sealed class ModelCatalogTests
{
    [Fact]
    public void Alias_and_fine_tuned_ids_resolve_to_the_base_entry()
    {
        var catalog = new ModelCatalog();

        Assert.Equal("gpt-4o-mini-2024-07-18", catalog.TryGet("gpt-4o-mini")!.Id);
        Assert.Equal("gpt-4.1-2025-04-14", catalog.TryGet("ft:gpt-4.1-2025-04-14:acme::abc123")!.Id);
        Assert.Null(catalog.TryGet("gpt-5-ultra"));
    }

    [Fact]
    public void Yaml_overrides_keep_unset_values_from_the_built_in_entry()
    {
        var catalog = new ModelCatalog(new Dictionary<string, ModelOverride>
        {
            ["gpt-4o-mini-2024-07-18"] = new() { PricePerMillionTokens = 2.5m },
            ["my-llama"] = new() { Provider = "lora", MaxTokensPerExample = 2048 },
        });

        var mini = catalog.TryGet("gpt-4o-mini-2024-07-18")!;
        Assert.Equal(2.5m, mini.PricePerMillionTokens);
        Assert.Equal(65_536, mini.MaxTokensPerExample);
        Assert.Equal("o200k_base", mini.Encoding);
        Assert.Equal(2048, catalog.TryGet("my-llama")!.MaxTokensPerExample);
        Assert.Equal("lora", catalog.TryGet("my-llama")!.Provider);
    }
}

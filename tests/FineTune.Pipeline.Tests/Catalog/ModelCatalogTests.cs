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
        Assert.Equal("gpt-4o-mini-2024-07-18", catalog.TryGet("ft:gpt-4o-mini:acme:support:abc123")!.Id);
        Assert.Null(catalog.TryGet("gpt-5-ultra"));
        Assert.Null(catalog.TryGet("ft:"));
    }

    [Theory]
    [InlineData("gpt-4o-mini-2024-07-18", "o200k_base", 65_536, "3.00", "2027-01-14")]
    [InlineData("gpt-4o-2024-08-06", "o200k_base", 65_536, "25.00", "2027-01-14")]
    [InlineData("gpt-4.1-2025-04-14", "o200k_base", 65_536, "25.00", "2027-01-14")]
    [InlineData("gpt-4.1-mini-2025-04-14", "o200k_base", 65_536, "5.00", "2027-01-14")]
    [InlineData("gpt-4.1-nano-2025-04-14", "o200k_base", 32_768, "1.50", "2026-10-23")]
    [InlineData("gpt-3.5-turbo-0125", "cl100k_base", 16_385, "8.00", "2026-10-23")]
    public void Built_in_entries_carry_the_published_figures(string id, string encoding, int limit, string price, string shutdown)
    {
        var model = new ModelCatalog().TryGet(id)!;

        Assert.Equal((Providers.OpenAI, encoding, limit, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(shutdown, System.Globalization.CultureInfo.InvariantCulture)),
            (model.Provider, model.Encoding, model.MaxTokensPerExample, model.PricePerMillionTokens, model.ShutdownDate!.Value));
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

    [Fact]
    public void An_override_written_under_an_alias_changes_the_dated_entry()
    {
        var catalog = new ModelCatalog(new Dictionary<string, ModelOverride> { ["gpt-4o-mini"] = new() { PricePerMillionTokens = 2m } });

        Assert.Equal(2m, catalog.TryGet("gpt-4o-mini-2024-07-18")!.PricePerMillionTokens);
        Assert.Equal(2m, catalog.TryGet("gpt-4o-mini")!.PricePerMillionTokens);
        Assert.Equal(2m, catalog.TryGet("ft:gpt-4o-mini-2024-07-18:acme::x")!.PricePerMillionTokens);
        Assert.Equal(6, catalog.Entries.Count());
    }

    [Fact]
    public void A_new_entry_without_provider_is_self_hosted()
    {
        var model = new ModelCatalog(new Dictionary<string, ModelOverride> { ["qwen"] = new() { Path = "ckpt" } }).TryGet("qwen")!;

        Assert.Equal((Providers.Lora, "o200k_base", 0m, "ckpt"), (model.Provider, model.Encoding, model.PricePerMillionTokens, model.Path));
    }

    [Fact]
    public void Names_by_provider_feed_did_you_mean_suggestions()
    {
        var catalog = new ModelCatalog(new Dictionary<string, ModelOverride> { ["qwen"] = new() { Path = "ckpt" } });

        Assert.Equal(["qwen"], catalog.NamesFor(Providers.Lora));
        Assert.Contains("gpt-4o-mini", catalog.NamesFor(Providers.OpenAI));
        Assert.DoesNotContain("qwen", catalog.NamesFor(Providers.OpenAI));
        Assert.True(ModelCatalog.IsBuiltIn("gpt-4.1"));
        Assert.False(ModelCatalog.IsBuiltIn("qwen"));
    }
}

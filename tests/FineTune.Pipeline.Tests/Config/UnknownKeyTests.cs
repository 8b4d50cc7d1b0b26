using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class UnknownKeyTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_misspelt_key_suggests_the_closest_valid_key_and_lists_them_all()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  base_modle: gpt-4o-mini\n"), ConfigCodes.UnknownKey, 2, 3);

        Assert.Equal(
            "unknown key `base_modle` under `train`. Did you mean `base_model`? Valid keys under `train`: provider, base_model, epochs, batch_size, learning_rate_multiplier, suffix, seed, lora, cancel_remote_on_abort.",
            d.Message);
    }

    [Fact]
    public void A_camel_case_key_suggests_its_snake_case_spelling()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  maxTokensPerExample: 4096\n"), ConfigCodes.UnknownKey, 2, 3);

        ConfigAssert.Contains("Did you mean `max_tokens_per_example`?", d);
    }

    [Fact]
    public void A_key_written_in_the_wrong_section_says_where_it_belongs()
    {
        var d = ConfigAssert.Single(_project.Load("version: 1\nbase_model: gpt-4o-mini\n"), ConfigCodes.UnknownKey, 2, 1);

        ConfigAssert.Contains("It belongs under `train:` (`train.base_model`).", d);
        ConfigAssert.Contains("Valid keys at the top level: version, description, data, train, validation, cost, generate, evaluate, openai, reports, models, $schema.", d);
    }

    [Fact]
    public void A_misspelt_section_suggests_the_section()
    {
        var result = _project.Load("trian:\n  epochs: 3\n");

        var d = ConfigAssert.Single(result, ConfigCodes.UnknownKey, 1, 1);
        ConfigAssert.Contains("Did you mean `train`?", d);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void A_key_nothing_resembles_just_lists_the_valid_keys()
    {
        var d = ConfigAssert.Single(_project.Load("cost:\n  currency: EUR\n"), ConfigCodes.UnknownKey, 2, 3);

        Assert.Equal("unknown key `currency` under `cost`. Valid keys under `cost`: price_per_million_tokens, budget_usd, warn_usd.", d.Message);
    }

    [Fact]
    public void An_api_key_entry_explains_where_credentials_go()
    {
        var d = ConfigAssert.Single(_project.Load("openai:\n  api_key: ${OPENAI_API_KEY:-}\n"), ConfigCodes.UnknownKey, 2, 3);

        ConfigAssert.Contains("`openai.api_key_env`", d);
        ConfigAssert.Contains("Credentials never go in finetune.yaml", d);
    }

    [Fact]
    public void A_schema_key_at_the_top_level_is_ignored()
    {
        ConfigAssert.Clean(_project.Load("$schema: ./finetune.schema.json\nversion: 1\n"));
    }

    [Fact]
    public void A_schema_key_inside_a_section_is_unknown()
    {
        ConfigAssert.Single(_project.Load("train:\n  $schema: x\n"), ConfigCodes.UnknownKey, 2, 3);
    }

    [Fact]
    public void Keys_under_models_are_model_ids_but_their_fields_are_checked()
    {
        var result = _project.Load("models:\n  my-llama:\n    provider: lora\n    paht: ckpt\n");

        var d = ConfigAssert.Single(result, ConfigCodes.UnknownKey, 4, 5);
        ConfigAssert.Contains("under `models.my-llama`. Did you mean `path`?", d);
    }

    [Fact]
    public void A_non_scalar_key_is_reported()
    {
        ConfigAssert.Single(_project.Load("? [a, b]\n: 1\n"), ConfigCodes.UnknownKey, 1, 3);
    }
}

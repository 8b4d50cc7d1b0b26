using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Config;

public sealed class ValueTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Epochs_in_words_is_a_type_error_that_mentions_auto()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  epochs: three\n"), ConfigCodes.WrongType, 2, 11);

        Assert.Equal("`train.epochs` expects an integer or `auto`, got `three`.", d.Message);
    }

    [Fact]
    public void Auto_hyperparameters_bind_to_null()
    {
        var result = _project.Load("train:\n  epochs: auto\n  batch_size: AUTO\n  learning_rate_multiplier: auto\n");

        ConfigAssert.Clean(result);
        Assert.Null(result.Config!.Train.Epochs);
        Assert.Null(result.Config.Train.BatchSize);
        Assert.Null(result.Config.Train.LearningRateMultiplier);
    }

    [Fact]
    public void Auto_is_not_accepted_where_a_number_is_required()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  min_examples: auto\n"), ConfigCodes.WrongType, 2, 17);

        Assert.Equal("`validation.min_examples` expects an integer, got `auto`.", d.Message);
    }

    [Fact]
    public void Every_value_binds_to_its_typed_property()
    {
        var result = _project.Load("""
            version: 1
            description: support bot
            data:
              train: data/train.jsonl
              format: dpo
              eval_split: { fraction: 0.2, seed: s1 }
            train:
              epochs: 3
              batch_size: 8
              learning_rate_multiplier: 1.8
              suffix: bot
              seed: 42
            validation:
              encoding: cl100k_base
              max_tokens_per_example: 4096
              min_examples: 20
              max_line_bytes: 1048576
              assistant: { min_chars: 5, max_tokens: ~ }
              max_system_prompt_variants: 2
              rules: { FT3004: off, ft2001: error }
            cost:
              price_per_million_tokens: 3.10
              budget_usd: 25.50
              warn_usd: 20
            openai:
              base_url: http://localhost:8080/v1
              api_key_env: AZURE_OPENAI_KEY
            """);

        ConfigAssert.Clean(result);
        var c = result.Config!;
        Assert.Equal(("support bot", DataFormat.Dpo, 0.2, "s1"), (c.Description, c.Data.Format, c.Data.EvalSplit.Fraction, c.Data.EvalSplit.Seed));
        Assert.Equal((3, 8, 1.8, "bot", 42), (c.Train.Epochs!.Value, c.Train.BatchSize!.Value, c.Train.LearningRateMultiplier!.Value, c.Train.Suffix, c.Train.Seed!.Value));
        Assert.Equal(("cl100k_base", 4096, 20, 1_048_576L), (c.Validation.Encoding, c.Validation.MaxTokensPerExample!.Value, c.Validation.MinExamples, c.Validation.MaxLineBytes));
        Assert.Equal((5, (int?)null, 2), (c.Validation.Assistant.MinChars, c.Validation.Assistant.MaxTokens, c.Validation.MaxSystemPromptVariants));
        Assert.Equal(Severity.Off, c.Validation.Rules["FT3004"]);
        Assert.Equal(Severity.Error, c.Validation.Rules["FT2001"]);
        Assert.Equal((3.10m, 25.50m, 20m), (c.Cost.PricePerMillionTokens!.Value, c.Cost.BudgetUsd!.Value, c.Cost.WarnUsd!.Value));
        Assert.Equal(("http://localhost:8080/v1", "AZURE_OPENAI_KEY"), (c.OpenAI.BaseUrl, c.OpenAI.ApiKeyEnv));
    }

    [Fact]
    public void Money_is_read_as_an_exact_decimal()
    {
        var result = _project.Load("cost:\n  budget_usd: 0.1\n  price_per_million_tokens: 1e1\n");

        Assert.Equal(0.1m, result.Config!.Cost.BudgetUsd);
        Assert.Equal(10m, result.Config.Cost.PricePerMillionTokens);
    }

    [Fact]
    public void Quoted_numbers_are_accepted()
    {
        var result = _project.Load("train:\n  epochs: \"3\"\n");

        ConfigAssert.Clean(result);
        Assert.Equal(3, result.Config!.Train.Epochs);
    }

    [Fact]
    public void A_fraction_above_one_half_is_out_of_range()
    {
        var d = ConfigAssert.Single(_project.Load("data:\n  eval_split:\n    fraction: 0.7\n"), ConfigCodes.OutOfRange, 3, 15);

        Assert.Equal("`data.eval_split.fraction` must be greater than 0 and at most 0.5, got `0.7`.", d.Message);
    }

    [Fact]
    public void A_fraction_of_zero_is_out_of_range()
    {
        ConfigAssert.Single(_project.Load("data:\n  eval_split:\n    fraction: 0\n"), ConfigCodes.OutOfRange, 3, 15);
    }

    [Fact]
    public void A_negative_budget_is_out_of_range()
    {
        var d = ConfigAssert.Single(_project.Load("cost:\n  budget_usd: -5\n"), ConfigCodes.OutOfRange, 2, 15);

        Assert.Equal("`cost.budget_usd` must be at least 0, got `-5`.", d.Message);
    }

    [Fact]
    public void Min_examples_below_one_is_out_of_range()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  min_examples: 0\n"), ConfigCodes.OutOfRange, 2, 17);

        ConfigAssert.Contains("must be at least 1", d);
    }

    [Fact]
    public void Epochs_beyond_the_api_limit_are_out_of_range()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  epochs: 100\n"), ConfigCodes.OutOfRange, 2, 11);

        ConfigAssert.Contains("between 1 and 50", d);
    }

    [Fact]
    public void A_long_suffix_is_out_of_range()
    {
        var d = ConfigAssert.Single(_project.Load($"train:\n  suffix: {new string('a', 65)}\n"), ConfigCodes.OutOfRange, 2, 11);

        ConfigAssert.Contains("at most 64 characters, got 65", d);
    }

    [Fact]
    public void An_unknown_provider_suggests_the_closest()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  provider: opnai\n"), ConfigCodes.UnknownName, 2, 13);

        Assert.Equal("`train.provider` must be one of `openai` or `lora`, got `opnai`. Did you mean `openai`?", d.Message);
    }

    [Fact]
    public void Provider_names_are_case_insensitive()
    {
        var result = _project.Load("train:\n  provider: OpenAI\n");

        ConfigAssert.Clean(result);
        Assert.Equal("openai", result.Config!.Train.Provider);
    }

    [Fact]
    public void An_unknown_format_lists_the_formats()
    {
        var d = ConfigAssert.Single(_project.Load("data:\n  format: jsonl\n"), ConfigCodes.UnknownName, 2, 11);

        Assert.Equal("`data.format` must be one of `chat` or `dpo`, got `jsonl`.", d.Message);
    }

    [Fact]
    public void An_unknown_severity_suggests_the_closest()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  rules:\n    FT3004: warn\n"), ConfigCodes.UnknownName, 3, 13);

        Assert.Equal("`validation.rules.FT3004` must be one of `off`, `info`, `warning` or `error`, got `warn`. Did you mean `warning`?", d.Message);
    }

    [Fact]
    public void An_unknown_encoding_suggests_the_closest()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  encoding: o200k\n"), ConfigCodes.UnknownName, 2, 13);

        ConfigAssert.Contains("Did you mean `o200k_base`?", d);
    }

    [Fact]
    public void An_api_key_env_that_is_not_a_variable_name_is_rejected()
    {
        var d = ConfigAssert.Single(_project.Load("openai:\n  api_key_env: my key\n"), ConfigCodes.OutOfRange, 2, 16);

        ConfigAssert.Contains("the name of an environment variable", d);
    }

    [Fact]
    public void A_mapping_where_a_value_belongs_is_a_type_error()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  epochs:\n    count: 3\n"), ConfigCodes.WrongType, 3, 5);

        Assert.Equal("`train.epochs` expects an integer or `auto`, got a mapping.", d.Message);
    }

    [Fact]
    public void A_scalar_where_a_section_belongs_is_a_type_error()
    {
        var d = ConfigAssert.Single(_project.Load("data: data/train.jsonl\n"), ConfigCodes.WrongType, 1, 7);

        Assert.Equal("`data` expects a mapping of keys, got `data/train.jsonl`.", d.Message);
    }

    [Fact]
    public void An_empty_section_keeps_its_defaults()
    {
        var result = _project.Load("data:\ntrain:\n");

        ConfigAssert.Clean(result);
        Assert.Equal("gpt-4o-mini-2024-07-18", result.Config!.Train.BaseModel);
    }

    [Fact]
    public void An_empty_required_value_is_an_error()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  min_examples:\n"), ConfigCodes.WrongType, 2, 16);

        Assert.Equal("`validation.min_examples` has no value; expected an integer.", d.Message);
    }

    [Fact]
    public void A_list_item_of_the_wrong_type_is_reported_at_the_item()
    {
        var result = _project.Load("train:\n  provider: lora\n  base_model: data\n  lora:\n    target_modules:\n      - q_proj\n      - { name: v_proj }\n");

        var d = ConfigAssert.Single(result, ConfigCodes.WrongType, 7, 9);
        ConfigAssert.Contains("item 2 of `train.lora.target_modules`", d);
    }

    [Fact]
    public void An_empty_target_module_list_is_out_of_range()
    {
        ConfigAssert.Single(_project.Load("train:\n  lora:\n    target_modules: []\n"), ConfigCodes.OutOfRange, 3, 21);
    }

    [Fact]
    public void All_value_mistakes_are_reported_together()
    {
        var result = _project.Load("train:\n  epochs: three\n  batch_size: 0\ncost:\n  budget_usd: -1\nvalidation:\n  min_examples: 0\n");

        Assert.Equal(
            [(2, ConfigCodes.WrongType), (3, ConfigCodes.OutOfRange), (5, ConfigCodes.OutOfRange), (7, ConfigCodes.OutOfRange)],
            result.Diagnostics.Select(d => (d.Line, d.Code)));
    }
}

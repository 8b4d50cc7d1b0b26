using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Config;

public sealed class CatalogCheckTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    private static FixedTimeProvider At(int year, int month, int day) => new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_unknown_openai_base_model_suggests_the_closest_catalog_name()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  base_model: gpt-4o-mni\n"), ConfigCodes.UnknownBaseModel, 2, 15);

        ConfigAssert.Contains("unknown base model `gpt-4o-mni` for provider openai. Did you mean `gpt-4o-mini`?", d);
        ConfigAssert.Contains("gpt-4.1-mini-2025-04-14", d);
        ConfigAssert.Contains("`models:`", d);
    }

    [Theory]
    [InlineData("gpt-4o-mini")]
    [InlineData("gpt-4.1-2025-04-14")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123")]
    public void Catalog_names_aliases_and_fine_tuned_ids_are_accepted(string model)
    {
        ConfigAssert.Clean(_project.Load($"train:\n  base_model: \"{model}\"\n"));
    }

    [Fact]
    public void A_new_openai_model_declared_under_models_is_accepted_with_its_price()
    {
        var result = _project.Load("train:\n  base_model: gpt-5-mini\nmodels:\n  gpt-5-mini:\n    provider: openai\n    price_per_million_tokens: 4\n");

        ConfigAssert.Clean(result);
    }

    [Fact]
    public void A_new_openai_model_without_a_price_is_an_error()
    {
        var d = ConfigAssert.Single(_project.Load("models:\n  gpt-5-mini:\n    provider: openai\n"), ConfigCodes.ModelPriceMissing, 2, 3);

        ConfigAssert.Contains("budget gate would always pass", d);
    }

    [Fact]
    public void A_lora_model_declared_with_an_existing_checkpoint_is_accepted()
    {
        Directory.CreateDirectory(Path.Combine(_project.Dir, "checkpoints", "qwen2-0.5b"));

        var result = _project.Load("train:\n  provider: lora\n  base_model: qwen\nmodels:\n  qwen:\n    provider: lora\n    path: checkpoints/qwen2-0.5b\n    encoding: cl100k_base\n    max_tokens_per_example: 2048\n");

        ConfigAssert.Clean(result);
        var settings = PipelineSettings.Resolve(result.Config!);
        Assert.Equal(("lora", "cl100k_base", 2048, 0m), (settings.Model.Provider, settings.Encoding, settings.MaxTokensPerExample, settings.PricePerMillionTokens));
        Assert.Equal(Path.Combine(_project.Dir, "checkpoints", "qwen2-0.5b"), settings.Model.Path);
    }

    [Fact]
    public void A_lora_base_model_may_be_a_checkpoint_folder()
    {
        Directory.CreateDirectory(Path.Combine(_project.Dir, "ckpt"));

        var result = _project.Load("train:\n  provider: lora\n  base_model: ./ckpt\n");

        ConfigAssert.Clean(result);
        Assert.Equal(Path.Combine(_project.Dir, "ckpt"), PipelineSettings.Resolve(result.Config!).Model.Path);
    }

    [Fact]
    public void An_undeclared_lora_model_is_an_error_with_a_suggestion()
    {
        var d = ConfigAssert.Single(
            _project.Load("train:\n  provider: lora\n  base_model: my-qwen\nmodels:\n  my-qwn:\n    provider: lora\n    path: ckpt\n"),
            ConfigCodes.LoraModelNotDeclared, 3, 15);

        ConfigAssert.Contains("neither declared under `models:` nor an existing checkpoint folder", d);
        ConfigAssert.Contains("Did you mean `my-qwn`?", d);
    }

    [Fact]
    public void A_lora_model_without_a_path_is_an_error()
    {
        ConfigAssert.Single(_project.Load("train:\n  provider: lora\n  base_model: qwen\nmodels:\n  qwen:\n    encoding: cl100k_base\n"), ConfigCodes.LoraModelNotDeclared, 5, 3);
    }

    [Fact]
    public void A_missing_checkpoint_folder_is_only_a_warning()
    {
        var result = _project.Load("train:\n  provider: lora\n  base_model: qwen\nmodels:\n  qwen:\n    path: ckpt/qwen\n");

        var d = ConfigAssert.Single(result, ConfigCodes.CheckpointNotFound, 6, 11);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Provider_lora_with_an_openai_base_model_is_a_mismatch()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  provider: lora\n  base_model: gpt-4o-mini\n"), ConfigCodes.ProviderMismatch, 3, 15);

        ConfigAssert.Contains("is an OpenAI model", d);
    }

    [Fact]
    public void Provider_lora_without_a_base_model_points_at_the_provider()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  provider: lora\n"), ConfigCodes.ProviderMismatch, 2, 13);

        ConfigAssert.Contains("`train.base_model` is not set", d);
    }

    [Fact]
    public void A_declared_lora_model_with_provider_openai_is_a_mismatch()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  base_model: qwen\nmodels:\n  qwen:\n    path: ckpt\n"), ConfigCodes.ProviderMismatch, 1, 1);

        ConfigAssert.Contains("Set `train.provider: lora`", d);
    }

    [Fact]
    public void Fine_tuning_ending_within_a_year_is_a_warning_with_the_dates()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  base_model: gpt-4o-mini\n", clock: At(2026, 11, 29)), ConfigCodes.ModelShutdown, 2, 15);

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("OpenAI accepts no new fine-tuning jobs after 2027-01-06 (in 38 days), and `gpt-4o-mini-2024-07-18` with the models tuned from it shuts down on 2027-01-14. Plan the move to `provider: lora`, or to an OpenAI-compatible endpoint that still trains it (`openai.base_url`).", d.Message);
    }

    [Fact]
    public void Another_endpoint_only_warns_about_the_model_shutdown_date()
    {
        var result = _project.Load("train:\n  base_model: gpt-4o-mini\nopenai:\n  base_url: https://acme.openai.azure.com/openai/v1\n", clock: At(2026, 11, 29));

        ConfigAssert.Contains("shuts down on 2027-01-14 (in 46 days)", ConfigAssert.Single(result, ConfigCodes.ModelShutdown, 2, 15));
    }

    [Fact]
    public void An_endpoint_set_through_OPENAI_BASE_URL_counts_as_another_endpoint()
    {
        var env = new Dictionary<string, string> { ["OPENAI_BASE_URL"] = "http://localhost:8000/v1" };

        var d = ConfigAssert.Single(_project.Load("train:\n  base_model: gpt-4o-mini\n", env, At(2026, 11, 29)), ConfigCodes.ModelShutdown, 2, 15);

        ConfigAssert.Contains("shuts down on 2027-01-14", d);
    }

    [Fact]
    public void Dates_already_passed_are_left_to_the_cost_gate()
    {
        ConfigAssert.Clean(_project.Load("train:\n  base_model: gpt-4.1-nano\n", clock: At(2026, 11, 1)));
        ConfigAssert.Clean(_project.Load("train:\n  base_model: gpt-4o-mini\n", clock: At(2027, 1, 8)));
    }

    [Fact]
    public void A_shutdown_date_far_away_is_not_mentioned()
    {
        ConfigAssert.Clean(_project.Load("train:\n  base_model: gpt-4o-mini\n", clock: At(2025, 6, 1)));
    }

    [Fact]
    public void A_shutdown_date_can_be_overridden_under_models()
    {
        var result = _project.Load("train:\n  base_model: gpt-4o-mini\nmodels:\n  gpt-4o-mini:\n    shutdown_date: 2025-07-01\n", clock: At(2025, 6, 1));

        ConfigAssert.Contains("shuts down on 2025-07-01 (in 30 days)", ConfigAssert.Single(result, ConfigCodes.ModelShutdown, 2, 15));
    }

    [Fact]
    public void The_shutdown_warning_can_be_silenced_under_validation_rules()
    {
        ConfigAssert.Clean(_project.Load("train:\n  base_model: gpt-4o-mini\nvalidation:\n  rules:\n    FT0021: off\n", clock: At(2026, 11, 29)));
    }

    [Fact]
    public void Configuration_warnings_can_be_silenced_under_validation_rules()
    {
        var result = _project.Load("openai:\n  base_url: http://localhost:11434\nvalidation:\n  rules:\n    FT0028: off\n");

        ConfigAssert.Clean(result);
    }

    [Fact]
    public void Configuration_warnings_can_be_raised_to_errors()
    {
        var result = _project.Load("openai:\n  base_url: http://localhost:11434\nvalidation:\n  rules:\n    FT0028: error\n");

        Assert.Equal(Severity.Error, ConfigAssert.Single(result, ConfigCodes.BaseUrlWithoutVersion, 2, 13).Severity);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Configuration_errors_cannot_be_silenced()
    {
        var result = _project.Load("train:\n  epochs: x\nvalidation:\n  rules:\n    FT0011: off\n");

        Assert.Equal(Severity.Error, ConfigAssert.Single(result, ConfigCodes.WrongType, 2, 11).Severity);
    }

    [Fact]
    public void A_rule_key_that_is_not_a_code_is_a_warning()
    {
        var d = ConfigAssert.Single(_project.Load("validation:\n  rules:\n    duplicates: off\n"), ConfigCodes.UnknownRuleCode, 3, 5);

        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void An_unknown_rule_code_is_a_warning_with_a_suggestion_when_the_codes_are_known()
    {
        var d = ConfigAssert.Single(
            _project.Load("validation:\n  rules:\n    FT3040: off\n    FT3004: error\n", knownRuleCodes: ["FT3004", "FT3005"]),
            ConfigCodes.UnknownRuleCode, 3, 5);

        Assert.Equal("no rule has the code `FT3040`, so this setting does nothing. Did you mean `FT3004`?", d.Message);
    }

    [Fact]
    public void By_default_rule_codes_are_checked_against_the_dataset_rule_catalog()
    {
        var result = _project.Load("validation:\n  rules:\n    FT3004: off\n    FT2001: error\n    FT0028: off\n    FT3999: off\n");

        var d = ConfigAssert.Single(result, ConfigCodes.UnknownRuleCode, 6, 5);
        ConfigAssert.Contains("`FT3999`", d);
    }

    [Fact]
    public void A_base_url_that_is_not_a_url_is_an_error()
    {
        ConfigAssert.Single(_project.Load("openai:\n  base_url: localhost:8080/v1\n"), ConfigCodes.InvalidBaseUrl, 2, 13);
    }

    [Fact]
    public void A_base_url_without_v1_is_a_warning()
    {
        var d = ConfigAssert.Single(_project.Load("openai:\n  base_url: http://localhost:11434\n"), ConfigCodes.BaseUrlWithoutVersion, 2, 13);

        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void Unsupported_version_is_an_error_at_its_value()
    {
        var d = ConfigAssert.Single(_project.Load("version: 2\n"), ConfigCodes.UnsupportedVersion, 1, 10);

        ConfigAssert.Contains("this finetune reads version 1", d);
    }

    [Fact]
    public void A_warning_threshold_above_the_budget_is_a_warning()
    {
        ConfigAssert.Single(_project.Load("cost:\n  budget_usd: 10\n  warn_usd: 12\n"), ConfigCodes.WarnAboveBudget, 3, 13);
    }

    [Fact]
    public void Settings_that_cannot_take_effect_are_warnings_at_their_key()
    {
        var result = _project.Load("data:\n  eval: data/train.jsonl\n  eval_split:\n    fraction: 0.2\ntrain:\n  lora:\n    rank: 4\nevaluate:\n  judge_model: gpt-4o-mini\n");

        Assert.Equal([(3, 3), (6, 3), (9, 3)], result.Diagnostics.Where(d => d.Code == ConfigCodes.IgnoredSetting).Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void The_judge_metric_needs_a_judge_model()
    {
        ConfigAssert.Single(_project.Load("evaluate:\n  metric: judge\n"), ConfigCodes.OutOfRange, 2, 11);
    }
}

using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class InterpolationTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    private static Dictionary<string, string> Env(params (string Name, string Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    [Fact]
    public void A_set_variable_is_substituted_inside_a_value()
    {
        var result = _project.Load("openai:\n  base_url: https://${HOST}/v1\n", Env(("HOST", "example.openai.azure.com")));

        ConfigAssert.Clean(result);
        Assert.Equal("https://example.openai.azure.com/v1", result.Config!.OpenAI.BaseUrl);
    }

    [Fact]
    public void A_default_is_used_when_the_variable_is_unset()
    {
        var result = _project.Load("train:\n  epochs: ${EPOCHS:-auto}\n  suffix: ${SUFFIX:-nightly}\n");

        ConfigAssert.Clean(result);
        Assert.Null(result.Config!.Train.Epochs);
        Assert.Equal("nightly", result.Config.Train.Suffix);
    }

    [Fact]
    public void A_default_is_used_when_the_variable_is_empty()
    {
        var result = _project.Load("train:\n  suffix: ${SUFFIX:-nightly}\n", Env(("SUFFIX", string.Empty)));

        Assert.Equal("nightly", result.Config!.Train.Suffix);
    }

    [Fact]
    public void An_interpolated_number_binds_as_a_number()
    {
        var result = _project.Load("cost:\n  budget_usd: ${BUDGET}\n", Env(("BUDGET", "12.5")));

        Assert.Equal(12.5m, result.Config!.Cost.BudgetUsd);
    }

    [Fact]
    public void An_unset_variable_without_default_is_an_error_at_the_dollar_sign()
    {
        var result = _project.Load("train:\n  suffix: bot-${RUN_ID}\n");

        var d = ConfigAssert.Single(result, ConfigCodes.UnsetVariable, 2, 15);
        Assert.Equal("`train.suffix` uses the environment variable RUN_ID, which is not set. Set it (in GitHub Actions: `env:` of the step or job) or give a default: `${RUN_ID:-value}`.", d.Message);
    }

    [Fact]
    public void Each_unset_variable_of_a_value_is_reported_at_its_own_column()
    {
        var result = _project.Load("description: \"${A}-${B}\"\n");

        Assert.Equal([(1, 15), (1, 20)], result.Diagnostics.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void An_unset_variable_in_a_block_scalar_is_found_on_its_line()
    {
        ConfigAssert.Single(_project.Load("description: |\n  first line\n  second ${MISSING}\n"), ConfigCodes.UnsetVariable, 3, 10);
    }

    [Fact]
    public void A_double_dollar_escapes_the_interpolation()
    {
        var result = _project.Load("description: cost is $${PRICE} per run\n");

        ConfigAssert.Clean(result);
        Assert.Equal("cost is ${PRICE} per run", result.Config!.Description);
    }

    [Fact]
    public void A_lone_dollar_is_kept()
    {
        Assert.Equal("costs $5", _project.Load("description: costs $5\n").Config!.Description);
    }

    [Fact]
    public void An_unclosed_reference_is_an_error()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  suffix: ${RUN_ID\n"), ConfigCodes.BadInterpolation, 2, 11);

        ConfigAssert.Contains("not closed", d);
    }

    [Fact]
    public void A_reference_with_an_invalid_name_is_an_error()
    {
        ConfigAssert.Single(_project.Load("train:\n  suffix: ${1ABC}\n"), ConfigCodes.BadInterpolation, 2, 11);
    }

    [Fact]
    public void A_value_that_failed_to_expand_is_not_reported_again_as_a_type_error()
    {
        var result = _project.Load("train:\n  epochs: ${EPOCHS}\n");

        Assert.Equal([ConfigCodes.UnsetVariable], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_type_error_after_expansion_shows_both_the_value_and_the_reference()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  epochs: ${EPOCHS}\n", Env(("EPOCHS", "many"))), ConfigCodes.WrongType, 2, 11);

        Assert.Equal("`train.epochs` expects an integer or `auto`, got `many` (from `${EPOCHS}`).", d.Message);
    }

    [Fact]
    public void Keys_are_not_interpolated()
    {
        ConfigAssert.Single(_project.Load("${SECTION}:\n  epochs: 3\n", Env(("SECTION", "train"))), ConfigCodes.UnknownKey, 1, 1);
    }

    [Fact]
    public void The_process_environment_is_used_when_none_is_given()
    {
        var name = "FINETUNE_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(name, "from-process");
        try
        {
            var result = ConfigLoader.LoadFromString($"description: ${{{name}}}\n", "finetune.yaml", _project.Dir);

            Assert.Equal("from-process", result.Config!.Description);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }
}

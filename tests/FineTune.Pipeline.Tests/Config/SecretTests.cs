using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class SecretTests : IDisposable
{
    private const string Key = "sk-proj-Abc123Def456Ghi789Jkl012Mno345";

    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_literal_api_key_is_an_error_that_never_repeats_the_key()
    {
        var result = _project.Load($"openai:\n  api_key_env: {Key}\n");

        var d = ConfigAssert.Single(result, ConfigCodes.LiteralSecret, 2, 16);
        ConfigAssert.Contains("environment variable", d);
        Assert.All(result.Diagnostics, x => Assert.DoesNotContain("Abc123", x.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_literal_key_under_an_unknown_key_is_reported_without_echoing_it()
    {
        var result = _project.Load($"openai:\n  api_key: \"{Key}\"\n");

        ConfigAssert.Single(result, ConfigCodes.LiteralSecret, 2, 12);
        ConfigAssert.Single(result, ConfigCodes.UnknownKey, 2, 3);
        Assert.All(result.Diagnostics, x => Assert.DoesNotContain("Abc123", x.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_that_arrives_through_an_environment_variable_is_fine_and_not_echoed()
    {
        var result = _project.Load("train:\n  epochs: ${OPENAI_API_KEY}\n", new Dictionary<string, string> { ["OPENAI_API_KEY"] = Key });

        var d = ConfigAssert.Single(result, ConfigCodes.WrongType, 2, 11);
        Assert.DoesNotContain("Abc123", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == ConfigCodes.LiteralSecret);
    }

    [Fact]
    public void A_url_with_a_password_is_a_literal_secret()
    {
        var result = _project.Load("openai:\n  base_url: https://bot:hunter2@proxy.example.com/v1\n");

        var d = ConfigAssert.Single(result, ConfigCodes.LiteralSecret, 2, 13);
        Assert.DoesNotContain("hunter2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_that_merely_start_with_sk_are_not_secrets()
    {
        ConfigAssert.Clean(_project.Load("description: sk-learn baseline, task-specific\n"));
    }
}

using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class OpenAIPlatformTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData(null, "", true)]
    [InlineData("https://api.openai.com/v1", null, true)]
    [InlineData(null, "https://acme.openai.azure.com/openai/v1", false)]
    [InlineData("http://127.0.0.1:8089/v1", "https://api.openai.com/v1", false)]
    [InlineData("", "http://localhost:8000/v1", false)]
    public void Jobs_go_to_OpenAI_unless_the_yaml_or_the_environment_names_another_endpoint(string? yaml, string? environment, bool expected)
        => Assert.Equal(expected, OpenAIPlatform.IsTarget(new OpenAIConfig { BaseUrl = yaml }, environment));
}

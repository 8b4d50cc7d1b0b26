using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// Whether fine-tuning jobs would go to api.openai.com, as the runner's cost task decides it
/// (<c>PipelineTasks.UsesOpenAIPlatform</c>, private there): <c>openai.base_url</c>, else
/// <c>OPENAI_BASE_URL</c>, else OpenAI. To be replaced by a public core helper once one exists.
/// </summary>
internal static class OpenAIPlatform
{
    public static bool IsUsedBy(FineTuneConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var baseUrl = config.OpenAI.BaseUrl ?? NonEmpty(Environment.GetEnvironmentVariable("OPENAI_BASE_URL"));
        return baseUrl is null || baseUrl.Contains("api.openai.com", StringComparison.OrdinalIgnoreCase);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

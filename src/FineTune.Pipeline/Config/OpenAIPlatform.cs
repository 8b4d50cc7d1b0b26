namespace FineTune.Pipeline.Config;

/// <summary>Whether fine-tuning jobs go to OpenAI itself (api.openai.com), whose platform is winding down.</summary>
public static class OpenAIPlatform
{
    /// <summary>
    /// True when <c>openai.base_url</c>, else <c>OPENAI_BASE_URL</c>, is unset (OpenAI is the default) or names
    /// api.openai.com; false for Azure OpenAI, vLLM and other OpenAI-compatible endpoints.
    /// </summary>
    public static bool IsTarget(OpenAIConfig config, string? environmentBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(config);
        var baseUrl = string.IsNullOrWhiteSpace(config.BaseUrl) ? environmentBaseUrl : config.BaseUrl;
        return string.IsNullOrWhiteSpace(baseUrl)
            || (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Host.EndsWith("api.openai.com", StringComparison.OrdinalIgnoreCase));
    }
}

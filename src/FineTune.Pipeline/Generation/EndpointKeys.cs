using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// Resolves a model's endpoint (yaml, then <c>OPENAI_BASE_URL</c>, then api.openai.com) and key (from the named
/// variable). OpenAI and Azure need a key; self-hosted endpoints (vLLM, Ollama, the emulator) get a placeholder.
/// </summary>
internal sealed class EndpointKeys(IReadOnlyDictionary<string, string> environment, Action<Severity, string, string, string> report)
{
    public const string OpenAIEndpoint = "https://api.openai.com/v1";

    public GenerateEndpoint? Resolve(string model, string? baseUrl, string keyVariable, string key)
    {
        var url = baseUrl ?? environment.GetValueOrDefault("OPENAI_BASE_URL") ?? OpenAIEndpoint;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            report(Severity.Error, GenerateCodes.InvalidSetting, key, $"the endpoint of `{model}` ('{url}') is not an http(s) URL; use something like https://api.openai.com/v1 or http://localhost:8000/v1.");
            return null;
        }

        var secret = environment.GetValueOrDefault(keyVariable);
        if (string.IsNullOrEmpty(secret))
        {
            if (uri.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("azure.com", StringComparison.OrdinalIgnoreCase))
            {
                report(Severity.Error, GenerateCodes.MissingApiKey, key, $"the environment variable {keyVariable} is not set, and {uri.Host} needs an API key for `{model}`. Set it from the job's secrets (`api_key_env` names the variable).");
                return null;
            }

            secret = "not-needed";
        }

        return new GenerateEndpoint(model, uri, secret);
    }
}

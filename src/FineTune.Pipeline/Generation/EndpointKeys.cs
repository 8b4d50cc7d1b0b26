using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// Resolves a model's endpoint (yaml, then <c>OPENAI_BASE_URL</c>, then api.openai.com) and key (from the named
/// variable). OpenAI and Azure need a key; self-hosted endpoints (vLLM, Ollama, the emulator) get a placeholder.
/// A missing key is reported through <paramref name="missingKey"/>: it matters only when a request must be sent
/// (a run whose answers are all in the output or the cache needs no key, e.g. a pull request from a fork).
/// </summary>
internal sealed class EndpointKeys(IReadOnlyDictionary<string, string> environment, Action<Severity, string, string, string> report, Action<string, string> missingKey)
{
    /// <summary>The key given to a model whose key variable is unset; it is never sent (the run stops first).</summary>
    public const string MissingKey = "missing-key";

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
                missingKey(key, $"the environment variable {keyVariable} is not set, and {uri.Host} needs an API key for `{model}`. Set it from the job's secrets (`api_key_env` names the variable).");
                return new GenerateEndpoint(model, uri, MissingKey);
            }

            secret = "not-needed";
        }

        return new GenerateEndpoint(model, uri, secret);
    }
}

using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Evaluation;

/// <summary>
/// Finds the endpoint URL (yaml, then <c>OPENAI_BASE_URL</c>, then api.openai.com) and the API key (from
/// the named environment variable). OpenAI itself needs a key; self-hosted endpoints (vLLM, Ollama, the
/// emulator) often do not, and get a placeholder. The key is returned to the caller only: never logged.
/// </summary>
internal sealed class EndpointResolver(IReadOnlyDictionary<string, string> environment, string? file)
{
    public const string OpenAIEndpoint = "https://api.openai.com/v1";

    public (Uri Url, string Key)? Resolve(string? baseUrl, string apiKeyEnv, List<Diagnostic> diagnostics)
    {
        var url = baseUrl ?? environment.GetValueOrDefault("OPENAI_BASE_URL") ?? OpenAIEndpoint;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.InvalidSetting, file ?? "finetune.yaml", 0, 0, $"The endpoint '{url}' is not an http(s) URL; set openai.base_url (or evaluate.judge.base_url) to something like http://localhost:8000/v1."));
            return null;
        }

        var key = environment.GetValueOrDefault(apiKeyEnv);
        if (string.IsNullOrEmpty(key))
        {
            if (uri.Host.EndsWith("openai.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("azure.com", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(new Diagnostic(Severity.Error, EvaluationCodes.MissingApiKey, file ?? "finetune.yaml", 0, 0, $"The environment variable {apiKeyEnv} is not set, and {uri.Host} needs an API key. Set it in the job's secrets (openai.api_key_env names the variable)."));
                return null;
            }

            key = "not-needed";
        }

        return (uri, key);
    }
}

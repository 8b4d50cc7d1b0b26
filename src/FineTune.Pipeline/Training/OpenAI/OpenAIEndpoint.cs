using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Where to send requests and with which key: <c>openai.base_url</c>, else <c>OPENAI_BASE_URL</c>, else
/// api.openai.com; the key from the variable named by <c>openai.api_key_env</c>. <see cref="ToString"/>
/// and <see cref="Display"/> never show the key or credentials in the URL.
/// </summary>
public sealed class OpenAIEndpoint
{
    public const string DefaultBaseUrl = "https://api.openai.com/v1";

    private OpenAIEndpoint(Uri baseUrl, string apiKey, string apiKeyEnv) => (BaseUrl, ApiKey, ApiKeyEnv) = (baseUrl, apiKey, apiKeyEnv);

    /// <summary>The endpoint including <c>/v1</c>, without a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The secret; pass it to the SDK only.</summary>
    internal string ApiKey { get; }

    /// <summary>The name of the variable the key came from (safe to print).</summary>
    public string ApiKeyEnv { get; }

    /// <summary>scheme://host[:port]/path, without user info.</summary>
    public string Display => $"{BaseUrl.Scheme}://{BaseUrl.Authority}{BaseUrl.AbsolutePath}".TrimEnd('/');

    /// <summary>Resolves the endpoint; throws <see cref="TrainingException"/> (exit 2) when the key or URL is unusable.</summary>
    /// <param name="config">The <c>openai:</c> section.</param>
    /// <param name="environment">Reads an environment variable (tests pass a dictionary).</param>
    public static OpenAIEndpoint Resolve(OpenAIConfig config, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        var url = config.BaseUrl ?? NonEmpty(environment("OPENAI_BASE_URL")) ?? DefaultBaseUrl;
        if (!Uri.TryCreate(url.TrimEnd('/'), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new TrainingException(TrainingFailure.InvalidRequest, $"openai.base_url '{url}' is not an http(s) URL. Write it with /v1, e.g. {DefaultBaseUrl}.");
        }

        var key = NonEmpty(environment(config.ApiKeyEnv));
        if (key is null)
        {
            throw new TrainingException(
                TrainingFailure.MissingApiKey,
                $"The API key variable {config.ApiKeyEnv} is not set (openai.api_key_env). Set it in the environment; in GitHub Actions add " +
                $"`env: {config.ApiKeyEnv}: ${{{{ secrets.{config.ApiKeyEnv} }}}}` to the step. A local server without keys accepts any non-empty value.");
        }

        return new OpenAIEndpoint(baseUrl, key, config.ApiKeyEnv);
    }

    public override string ToString() => Display;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

namespace FineTune.Pipeline.Config.Checks;

/// <summary><c>openai.base_url</c> must be an absolute http(s) URL, and normally ends in <c>/v1</c>.</summary>
internal sealed class BaseUrlCheck : IConfigCheck
{
    public void Check(ConfigCheckContext context)
    {
        var url = context.Config.OpenAI.BaseUrl;
        if (url is null || context.Locations.Failed("openai.base_url"))
        {
            return;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            context.Error(ConfigCodes.InvalidBaseUrl, "openai.base_url", $"`openai.base_url` must be an absolute http(s) URL such as `https://api.openai.com/v1`, got {ConfigText.Quote(url)}.");
            return;
        }

        if (!uri.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal))
        {
            context.Warning(ConfigCodes.BaseUrlWithoutVersion, "openai.base_url", $"`openai.base_url` does not end in `/v1`: OpenAI-compatible servers serve the API under it (`https://api.openai.com/v1`, `http://localhost:11434/v1`, Azure: `https://NAME.openai.azure.com/openai/v1`). Requests go to {ConfigText.Quote(url.TrimEnd('/') + "/fine_tuning/jobs")}.");
        }
    }
}

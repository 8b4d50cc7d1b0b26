namespace FineTune.Pipeline.Generation;

/// <summary>A model behind an OpenAI-compatible endpoint, with the key to use (never logged or written).</summary>
public sealed record GenerateEndpoint(string Model, Uri Url, string Key)
{
    /// <summary>Scheme, host and port: what reports and the provenance file name (no path, no credentials).</summary>
    public string Host => Url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);

    public override string ToString() => $"{Model} at {Host}";
}

namespace FineTune.Pipeline.Training;

/// <summary>Replaces known secret values with <c>***</c> in any text on its way to a log, an exception or a report.</summary>
public sealed class SecretScrubber(params string?[] secrets)
{
    private readonly string[] _secrets = [.. secrets.Where(s => s is { Length: >= 4 }).Select(s => s!).OrderByDescending(s => s.Length)];

    public string Scrub(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }
}

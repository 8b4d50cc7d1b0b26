using System.Globalization;
using System.Text.RegularExpressions;

namespace FineTune.Pipeline.Config;

/// <summary>How values appear in messages: quoted, shortened, and never a secret.</summary>
internal static partial class ConfigText
{
    private const int MaxQuoted = 60;

    /// <summary>The value in backticks; a value that looks like a credential is replaced by a placeholder.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (LooksLikeSecret(value))
        {
            return "`(a value that looks like an API key, not shown)`";
        }

        var oneLine = value.ReplaceLineEndings("⏎");
        return oneLine.Length > MaxQuoted ? $"`{oneLine[..(MaxQuoted - 1)]}…`" : $"`{oneLine}`";
    }

    /// <summary>An OpenAI-style key (<c>sk-…</c>, <c>sk-proj-…</c>) or a URL with a password in it.</summary>
    public static bool LooksLikeSecret(string value) => LooksLikeApiKey(value) || HasUrlPassword(value);

    public static bool LooksLikeApiKey(string value) => SecretPattern().IsMatch(value);

    public static bool HasUrlPassword(string value) => UrlPassword().IsMatch(value);

    /// <summary>"a, b or c".</summary>
    public static string OneOf(IEnumerable<string> names)
    {
        var list = names.Select(n => $"`{n}`").ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} or {list[^1]}";
    }

    public static string Number(double value) => value.ToString("0.################", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![A-Za-z0-9])sk-(?:proj-|svcacct-|admin-|ant-)?[A-Za-z0-9_\-]{20,}")]
    private static partial Regex SecretPattern();

    [GeneratedRegex(@"[a-z][a-z0-9+.\-]*://[^/\s:@]+:[^/\s@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}

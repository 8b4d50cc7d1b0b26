using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>
/// <c>password=…</c>, <c>api_key: …</c>, <c>client_secret = "…"</c> with a value that looks generated
/// (mixed letters and digits, high entropy, not a placeholder). Ordinary sentences about passwords do not match.
/// </summary>
internal sealed partial class CredentialAssignmentRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4009", "credential_assignment", Severity.Error,
        "Text assigns a high-entropy value to password, secret, api_key, token or a similar name.",
        "replace the value with a placeholder (e.g. password=<PASSWORD>) and rotate the credential.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.Credential;

    protected override Regex Pattern => Assignment();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
    {
        var match = text.Slice(index, length);
        var value = match[ValueStart(match)..];
        return value.Length >= 8 && SecretText.LooksRandom(value) && !SecretText.IsPlaceholder(value);
    }

    protected override int FindingOffset(ReadOnlySpan<char> match) => ValueStart(match);

    protected override string Describe(ReadOnlySpan<char> match)
    {
        var name = match[..match.IndexOfAny(':', '=')].TrimEnd(" \t\"'");
        return $"a credential {name}=…(redacted)";
    }

    private static int ValueStart(ReadOnlySpan<char> match)
    {
        var i = match.IndexOfAny(':', '=');
        while (i < match.Length && match[i] is ':' or '=' or '>' or ' ' or '\t' or '"' or '\'')
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(
        @"(?<![A-Za-z0-9_])(?:password|passwd|pwd|secret|client_secret|secret_key|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|aws_secret_access_key|private[_-]?key)[""']?[ \t]*(?:=>|[:=])[ \t]*[""']?[^\s""'`,;)\]}]{8,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Assignment();
}

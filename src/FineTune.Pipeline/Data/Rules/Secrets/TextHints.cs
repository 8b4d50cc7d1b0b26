using System.Buffers;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>
/// A few vectorised passes over a text for the literals the secret and personal-data patterns start with, plus the
/// longest digit run: the regexes then run only on texts where they can match.
/// </summary>
internal static class TextHints
{
    /// <summary>Prefixes of generated keys: case-sensitive, as the keys are.</summary>
    private static readonly (string Literal, TextHint Hint)[] Prefixes =
    [
        ("sk-", TextHint.OpenAIKey | TextHint.AnthropicKey),
        ("AKIA", TextHint.AwsKey), ("ASIA", TextHint.AwsKey), ("ABIA", TextHint.AwsKey), ("ACCA", TextHint.AwsKey),
        ("AIDA", TextHint.AwsKey), ("AROA", TextHint.AwsKey), ("AIPA", TextHint.AwsKey), ("ANPA", TextHint.AwsKey),
        ("ANVA", TextHint.AwsKey), ("AGPA", TextHint.AwsKey),
        ("ghp_", TextHint.GitHubToken), ("gho_", TextHint.GitHubToken), ("ghu_", TextHint.GitHubToken),
        ("ghs_", TextHint.GitHubToken), ("ghr_", TextHint.GitHubToken), ("github_pat_", TextHint.GitHubToken),
        ("xox", TextHint.SlackToken), ("hooks.slack.com", TextHint.SlackToken),
        ("AIza", TextHint.GoogleKey),
        ("eyJ", TextHint.Jwt),
        ("-----BEGIN ", TextHint.PrivateKey),
    ];

    private static readonly SearchValues<string> PrefixSearch = SearchValues.Create([.. Prefixes.Select(p => p.Literal)], StringComparison.Ordinal);

    /// <summary>Names that credential assignments use, in any case.</summary>
    private static readonly SearchValues<string> CredentialNames = SearchValues.Create(["pass", "pwd", "secret", "key", "token"], StringComparison.OrdinalIgnoreCase);

    public static TextHint Of(ReadOnlySpan<char> text)
    {
        var hints = TextHint.None;
        var from = 0;
        while (from < text.Length)
        {
            var index = text[from..].IndexOfAny(PrefixSearch);
            if (index < 0)
            {
                break;
            }

            var at = text[(from + index)..];
            foreach (var (literal, hint) in Prefixes)
            {
                hints |= at.StartsWith(literal, StringComparison.Ordinal) ? hint : TextHint.None;
            }

            from += index + 1;
        }

        hints |= text.IndexOfAny(CredentialNames) >= 0 ? TextHint.Credential : TextHint.None;
        hints |= text.Contains('@') ? TextHint.Email : TextHint.None;
        var digits = DigitRuns.Longest(text);
        hints |= digits >= 9 ? TextHint.Digits9 : TextHint.None;
        hints |= digits >= 10 ? TextHint.Digits10 : TextHint.None;
        hints |= digits >= 13 ? TextHint.Digits13 : TextHint.None;
        return hints;
    }
}

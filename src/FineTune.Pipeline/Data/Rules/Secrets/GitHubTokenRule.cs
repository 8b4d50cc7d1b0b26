using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>GitHub tokens: <c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>.</summary>
internal sealed partial class GitHubTokenRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4004", "github_token", Severity.Error,
        "Text contains a GitHub token (ghp_..., github_pat_...).",
        "remove the token from the data and revoke it in GitHub settings.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.GitHubToken;

    protected override Regex Pattern => Token();

    protected override string Describe(ReadOnlySpan<char> match)
        => $"a GitHub token {Redact(match, match.StartsWith("github_pat_", StringComparison.Ordinal) ? 11 : 4)}";

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

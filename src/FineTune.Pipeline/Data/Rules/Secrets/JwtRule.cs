using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>JSON Web Tokens: three base64url segments, the first two starting with <c>eyJ</c> (<c>{"</c>).</summary>
internal sealed partial class JwtRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4007", "jwt", Severity.Error,
        "Text contains a JSON Web Token (eyJ....eyJ....signature), often a live session or API credential.",
        "remove the token from the data (replace it with a placeholder such as <JWT>).");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.Jwt;

    protected override Regex Pattern => Token();

    protected override string Describe(ReadOnlySpan<char> match) => $"a JSON Web Token {Redact(match, 3)}";

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}

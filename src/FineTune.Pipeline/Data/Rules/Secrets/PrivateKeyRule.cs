using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>PEM private key blocks (<c>-----BEGIN … PRIVATE KEY-----</c>).</summary>
internal sealed partial class PrivateKeyRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4008", "private_key", Severity.Error,
        "Text contains a private key block (-----BEGIN ... PRIVATE KEY-----).",
        "remove the key from the data and replace the key pair.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.PrivateKey;

    protected override Regex Pattern => Block();

    protected override string Describe(ReadOnlySpan<char> match) => $"a private key block {match.TrimStart('-').TrimEnd('-')}";

    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}

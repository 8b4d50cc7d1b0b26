using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>AWS access key ids (<c>AKIA…</c>, <c>ASIA…</c>; the secret half is caught by the credential-assignment rule).</summary>
internal sealed partial class AwsKeyRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4003", "aws_access_key", Severity.Error,
        "Text contains an AWS access key id (AKIA..., ASIA...).",
        "remove the key from the data and deactivate it in IAM.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.AwsKey;

    protected override Regex Pattern => Key();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
        => !text.Slice(index, length).EndsWith("EXAMPLE", StringComparison.Ordinal);

    protected override string Describe(ReadOnlySpan<char> match) => $"an AWS access key id {Redact(match, 4)}";

    [GeneratedRegex(@"(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AIPA|ANPA|ANVA|AGPA)[A-Z0-9]{16}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}

using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>International bank account numbers with a valid ISO 13616 mod-97 checksum.</summary>
internal sealed partial class IbanRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4103", "iban", Severity.Warning,
        "Text contains an IBAN with a valid checksum (personal financial data).",
        "replace it with a placeholder (e.g. <IBAN>).");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.Digits10;

    protected override Regex Pattern => Iban();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length) => Checksums.Iban(text.Slice(index, length));

    protected override string Describe(ReadOnlySpan<char> match) => $"an IBAN {match[..2]}…(redacted)";

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Iban();
}

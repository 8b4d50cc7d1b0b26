using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>
/// Phone numbers written the way people write them (<c>+44 20 7946 0958</c>, <c>(415) 555-2671</c>,
/// <c>+14155552671</c>). Dates, versions, IP addresses and order numbers do not match.
/// </summary>
internal sealed partial class PhoneNumberRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4102", "phone_number", Severity.Warning,
        "Text contains what looks like a phone number (personal data).",
        "replace it with a placeholder (e.g. <PHONE>) unless it is a public business number the model should learn.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.Digits9;

    protected override Regex Pattern => Phone();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
    {
        var digits = 0;
        foreach (var c in text.Slice(index, length))
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        // A dot-separated run glued to more digits is an IP address or a version, not a phone number.
        var end = index + length;
        var dotted = end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]);
        return digits is >= 9 and <= 15 && !dotted;
    }

    protected override string Describe(ReadOnlySpan<char> match)
    {
        var digits = 0;
        foreach (var c in match)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return $"a phone number ({digits} digits, redacted)";
    }

    [GeneratedRegex(
        @"(?<![\w+.\-/])(?:\+\d{1,3}[ .\-]?)?(?:\(\d{1,4}\)[ .\-]?\d{2,4}[ .\-]?\d{3,4}|\d{2,4}[ .\-]\d{3,4}[ .\-]\d{3,5})(?![\w\-/]|\.\d)|(?<![\w+])\+\d{9,14}(?!\w)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}

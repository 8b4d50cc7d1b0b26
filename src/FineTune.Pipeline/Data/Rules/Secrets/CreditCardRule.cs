using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Payment card numbers: 13–19 digits, a known card prefix, and a valid Luhn checksum.</summary>
internal sealed partial class CreditCardRule : TextPatternRule
{
    public static RuleDescriptor Rule { get; } = new(
        "FT4104", "card_number", Severity.Warning,
        "Text contains a payment card number (known prefix and valid Luhn checksum).",
        "replace it with a placeholder or a published test number; card data must not be in training sets.");

    public override RuleDescriptor Descriptor => Rule;

    protected override TextHint Hint => TextHint.Digits13;

    protected override Regex Pattern => Card();

    protected override bool Accept(ReadOnlySpan<char> text, int index, int length)
    {
        Span<int> digits = stackalloc int[19];
        var count = 0;
        foreach (var c in text.Slice(index, length))
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 19)
                {
                    return false;
                }

                digits[count++] = c - '0';
            }
        }

        return count >= 13 && HasCardPrefix(digits[..count]) && Checksums.Luhn(digits[..count]);
    }

    protected override string Describe(ReadOnlySpan<char> match) => "a card number (redacted)";

    private static bool HasCardPrefix(ReadOnlySpan<int> d)
    {
        var two = (d[0] * 10) + d[1];
        var four = (two * 100) + (d[2] * 10) + d[3];
        return d[0] == 4 || two is >= 51 and <= 55 || four is >= 2221 and <= 2720 || two is 34 or 37
            || four == 6011 || two == 65 || two == 35 || two == 62;
    }

    [GeneratedRegex(@"(?<![\d\-.])\d{4}(?:[ \-]?\d{3,4}){2,3}(?:[ \-]?\d{1,4})?(?![\d\-]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Card();
}

using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.Evaluation.Scorers;

/// <summary>The normalisation options of the string scorers, applied the same way to answer and reference.</summary>
public sealed record TextNormalizer(bool IgnoreCase = false, bool IgnoreWhitespace = true, bool IgnorePunctuation = false)
{
    public static TextNormalizer Default { get; } = new();

    /// <summary>Case-, whitespace- and punctuation-insensitive: what "the same answer" means for copy detection.</summary>
    public static TextNormalizer Loose { get; } = new(true, true, true);

    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IgnorePunctuation && IsPunctuation(rune))
            {
                continue;
            }

            if (IgnoreWhitespace && Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(IgnoreCase ? Rune.ToLowerInvariant(rune).ToString() : rune.ToString());
        }

        return builder.ToString();
    }

    private static bool IsPunctuation(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
        or UnicodeCategory.OtherPunctuation or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
        or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
}

namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Prefilter for number-shaped personal data: how many digits the longest run of digits and separators holds.</summary>
internal static class DigitRuns
{
    /// <summary>
    /// Digits in the longest run of digits, spaces, <c>-</c>, <c>.</c>, <c>(</c>, <c>)</c>, <c>+</c> (and up to four
    /// capitals, as IBANs have: GB29 NWBK 6016 ...).
    /// </summary>
    public static int Longest(ReadOnlySpan<char> text)
    {
        var longest = 0;
        var from = 0;
        while (from < text.Length)
        {
            var next = text[from..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            var i = from + next;
            var digits = 0;
            var letters = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else if (char.IsAsciiLetterUpper(c) && letters < 4)
                {
                    letters++;
                }
                else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
                {
                    break;
                }
            }

            longest = Math.Max(longest, digits);
            from = i;
        }

        return longest;
    }
}

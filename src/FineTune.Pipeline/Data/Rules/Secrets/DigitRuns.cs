namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Prefilter for number-shaped personal data: is there a run of digits and separators with enough digits?</summary>
internal static class DigitRuns
{
    /// <summary>True when some run of digits, spaces, <c>-</c>, <c>.</c>, <c>(</c>, <c>)</c>, <c>+</c> holds at least <paramref name="minDigits"/> digits.</summary>
    public static bool HasRun(ReadOnlySpan<char> text, int minDigits)
    {
        var from = 0;
        while (true)
        {
            var next = text[from..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                return false;
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
                    // IBANs mix a few capitals into the digits (GB29 NWBK 6016 ...).
                    letters++;
                }
                else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
                {
                    break;
                }
            }

            if (digits >= minDigits)
            {
                return true;
            }

            from = i;
            if (from >= text.Length)
            {
                return false;
            }
        }
    }
}

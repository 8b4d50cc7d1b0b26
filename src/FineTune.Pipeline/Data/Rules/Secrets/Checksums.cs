namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>The checksums that separate real card numbers and IBANs from arbitrary digit runs.</summary>
internal static class Checksums
{
    public static bool Luhn(ReadOnlySpan<int> digits)
    {
        var sum = 0;
        var same = true;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            same &= digits[i] == digits[0];
        }

        return sum % 10 == 0 && !same;
    }

    /// <summary>ISO 13616: move the first four characters to the end, letters to 10..35, the number mod 97 is 1.</summary>
    public static bool Iban(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[40];
        var length = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            if (length == compact.Length)
            {
                return false;
            }

            compact[length++] = c;
        }

        if (length is < 15 or > 34)
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < length; i++)
        {
            var c = compact[(i + 4) % length];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value >= 10 ? ((remainder * 100) + value) % 97 : ((remainder * 10) + value) % 97;
        }

        return remainder == 1;
    }
}

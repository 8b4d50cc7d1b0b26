namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>Cheap tests that tell a random credential from ordinary words and placeholders.</summary>
internal static class SecretText
{
    private static readonly string[] Placeholders =
    [
        "xxx", "***", "...", "<", ">", "${", "{{", "%(", "your", "example", "changeme", "placeholder", "redacted",
        "dummy", "sample",
    ];

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return 0;
        }

        Span<int> counts = stackalloc int[128];
        var other = 0;
        foreach (var c in value)
        {
            if (c < 128)
            {
                counts[c]++;
            }
            else
            {
                other++;
            }
        }

        var entropy = 0.0;
        foreach (var count in counts)
        {
            entropy -= Term(count, value.Length);
        }

        return entropy - Term(other, value.Length);
    }

    /// <summary>Letters and digits mixed, and enough entropy: what generated keys look like.</summary>
    public static bool LooksRandom(ReadOnlySpan<char> value)
    {
        var letters = false;
        var digits = false;
        foreach (var c in value)
        {
            letters |= char.IsAsciiLetter(c);
            digits |= char.IsAsciiDigit(c);
        }

        return letters && digits && Entropy(value) >= 3.0;
    }

    public static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        foreach (var placeholder in Placeholders)
        {
            if (value.Contains(placeholder, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static double Term(int count, int length)
    {
        if (count == 0)
        {
            return 0;
        }

        var p = (double)count / length;
        return p * Math.Log2(p);
    }
}

using System.Text;

namespace FineTune.Pipeline.Tests.Tokens;

/// <summary>Seeded random strings built from fragments that exercise every branch of the pre-tokenization patterns.</summary>
internal static class RandomText
{
    /// <summary>
    /// Characters inside the Basic Multilingual Plane only, and no long s (U+017F): there Microsoft.ML.Tokenizers'
    /// .NET regex (UTF-16 units, no 's'/'ſ' case folding) is known to differ from tiktoken's Rust regex.
    /// </summary>
    public static readonly string[] BmpFragments =
    [
        "a", "b", "e", "s", "t", "x", "A", "B", "S", "T", "the", "The", "THE", "hello", "World", "camelCase", "XMLHttp",
        "'", "'", "'s", "'S", "'t", "'re", "'RE", "'rE", "'ve", "'m", "'ll", "'Ll", "'d", "'D", "'x", "'r", "'l",
        "0", "1", "42", "123", "2024", "99999",
        " ", " ", " ", "  ", "   ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", " \n", "\u00a0", "\u3000", "\u2028", "\u2029",
        "\u0085", "\u000b", "\u000c", "\u1680", "\u2003", "\u202f", "\u200b",
        ".", ",", "!", "?", "-", "_", "/", "//", "\\", "\"", "(", ")", "{", "}", "<|", "|>", "#", "@", "$", "*", "+", "=",
        "\u00e9", "\u00df", "\u00c9", "\u0301", "\u0308", "\u0327", "\u0345", "\u20dd", "\u0903", "\u0488",
        "\u03b1", "\u0391", "\u03a3\u03c3", "\u0430", "\u0416", "\u041f\u0440\u0438\u0432\u0435\u0442",
        "\u0645\u0631\u062d\u0628\u0627", "\u064e", "\u0661", "\u05e9", "\u0928\u092e", "\u094d", "\u093e", "\u0967",
        "\u0e2a\u0e27\u0e31", "\u0e48", "\u4e2d", "\u6587\u5b57", "\u3042", "\u30a2", "\u30fc", "\u3005", "\uac00",
        "\u01c5", "\u01c6", "\u01c4", "\u02b0", "\u02bc", "\u1e9e", "\uff21", "\uff41", "\uff11", "\u2160", "\u00b2", "\u00bd",
        "\u2764\ufe0f", "\u263a", "\u00a9", "\u20ac", "\ufffd", "\ue000", "\u0000", "\u007f", "\u2019",
    ];

    public static string Next(Random random, string[] fragments, int maxFragments)
    {
        var builder = new StringBuilder();
        int count = random.Next(1, maxFragments + 1);
        for (int i = 0; i < count; i++)
        {
            builder.Append(fragments[random.Next(fragments.Length)]);
        }

        return builder.ToString();
    }
}

using System.Text;

namespace FineTune.Pipeline.Data.Rules;

/// <summary>Quotes a value from the data for a message: shortened, control characters escaped.</summary>
internal static class Quote
{
    public static string Text(ReadOnlySpan<char> value, int max = 40)
    {
        var builder = new StringBuilder(Math.Min(value.Length, max) + 4);
        builder.Append('"');
        var shown = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (shown++ == max)
            {
                builder.Append('…');
                break;
            }

            if (Rune.IsControl(rune))
            {
                builder.Append(rune.Value switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{rune.Value:x4}" });
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.Append('"').ToString();
    }
}

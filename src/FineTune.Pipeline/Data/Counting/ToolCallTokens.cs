using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Counting;

/// <summary>
/// Tokens of one assistant tool call: the function name and the arguments text, plus a small framing constant.
/// Stand-in until the Tokens area publishes its ChatTokenFormula.CountToolCall; kept in one place so the swap is one line.
/// </summary>
internal static class ToolCallTokens
{
    /// <summary>Framing of one call (the cookbook gives no constant for calls; this matches observed usage within a few tokens).</summary>
    public const int PerCall = 3;

    public static int Count(ReadOnlySpan<char> name, ReadOnlySpan<char> arguments, ITokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return PerCall + counter.CountTokens(name) + counter.CountTokens(arguments);
    }
}

using FineTune.Pipeline.Config;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.Config;

internal static class ConfigAssert
{
    /// <summary>Exactly one diagnostic with the code, at the line and column; returns it for message checks.</summary>
    public static Diagnostic Single(ConfigLoadResult result, string code, int line, int column)
    {
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{Describe(result)}");
        var d = matches[0];
        Assert.True(d.Line == line && d.Column == column, $"expected {code} at ({line},{column}), got ({d.Line},{d.Column}): {d.Message}");
        return d;
    }

    /// <summary>No diagnostics at all.</summary>
    public static void Clean(ConfigLoadResult result)
    {
        Assert.True(result.Diagnostics.Count == 0, $"expected no diagnostics, got:\n{Describe(result)}");
        Assert.True(result.Succeeded);
    }

    public static void NoErrors(ConfigLoadResult result) =>
        Assert.True(result.Succeeded, $"expected success, got:\n{Describe(result)}");

    public static string Describe(ConfigLoadResult result) =>
        result.Diagnostics.Count == 0 ? "(none)" : string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString()));

    public static void Contains(string expected, Diagnostic diagnostic) =>
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
}

namespace FineTune.Pipeline.Tests.Data;

/// <summary>Small valid JSONL lines to build test files from.</summary>
internal static class Examples
{
    public const string Valid =
        """{"messages":[{"role":"system","content":"You are a support agent."},{"role":"user","content":"Where is my order?"},{"role":"assistant","content":"It ships tomorrow."}]}""";

    /// <summary>A distinct valid example (so duplicate checks stay quiet).</summary>
    public static string Chat(int n, string system = "You are a support agent.")
        => $$"""{"messages":[{"role":"system","content":"{{system}}"},{"role":"user","content":"Question number {{n}}?"},{"role":"assistant","content":"Answer number {{n}}."}]}""";

    /// <summary>1-based column of the first occurrence of <paramref name="marker"/> in an ASCII line.</summary>
    public static int Col(string line, string marker)
    {
        var index = line.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not in {line}");
        return index + 1;
    }
}

using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.MSBuild.Tests.EndToEnd;

/// <summary>Chat JSONL for the sample projects: valid examples, and lines broken on purpose.</summary>
internal static class SampleData
{
    /// <summary><paramref name="count"/> distinct, valid chat examples with one system prompt, numbered from <paramref name="first"/>.</summary>
    public static string Valid(int count = 12, int first = 1)
    {
        var text = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            text.Append(Example(i)).Append('\n');
        }

        return text.ToString();
    }

    public static string Example(int i) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"messages":[{"role":"system","content":"You answer questions about the sample catalogue."},{"role":"user","content":"What colour is item {{i}} in the catalogue?"},{"role":"assistant","content":"Item {{i}} is painted in shade number {{i * 7}} of the house palette."}]}""");

    /// <summary>The held-out set of the samples: examples none of the training files contain.</summary>
    public static string Eval() => Valid(4, first: 1000);

    /// <summary>Valid examples with broken lines at the given 1-based line numbers (not JSON at all).</summary>
    public static string WithBrokenLines(int count, params int[] brokenLines)
    {
        var text = new StringBuilder();
        for (var line = 1; line <= count; line++)
        {
            text.Append(brokenLines.Contains(line) ? "{\"messages\": [this is not json" : Example(line)).Append('\n');
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Text;
using FineTune.Pipeline.Data;

namespace FineTune.Pipeline.Reporting;

/// <summary>A token-length histogram as a Mermaid <c>xychart-beta</c> bar chart, which GitHub renders in Markdown.</summary>
public static class MermaidHistogram
{
    /// <summary>The fenced Mermaid block, or an empty string when the histogram has no buckets.</summary>
    public static string Render(DatasetSummary dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var buckets = dataset.TokenHistogram;
        if (buckets.Count == 0)
        {
            return string.Empty;
        }

        var labels = buckets.Select((b, i) => i == 0
            ? $"\"≤{Number(b.UpperBound)}\""
            : $"\"{Number(buckets[i - 1].UpperBound + 1)}-{Number(b.UpperBound)}\"");
        var max = Math.Max(1, buckets.Max(b => b.Count));
        var builder = new StringBuilder();
        builder.Append("```mermaid\n");
        builder.Append("xychart-beta\n");
        builder.Append(CultureInfo.InvariantCulture, $"    title \"Tokens per example ({dataset.Role}, {Number(dataset.Examples)} examples)\"\n");
        builder.Append("    x-axis \"Tokens\" [").AppendJoin(", ", labels).Append("]\n");
        builder.Append(CultureInfo.InvariantCulture, $"    y-axis \"Examples\" 0 --> {max}\n");
        builder.Append("    bar [").AppendJoin(", ", buckets.Select(b => Number(b.Count))).Append("]\n");
        builder.Append("```\n");
        return builder.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>A Mermaid <c>xychart-beta</c> of how the per-item metric is distributed, baseline and candidate side by side.</summary>
public static class MermaidDistribution
{
    public const int Buckets = 10;

    public static int[] Histogram(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var counts = new int[Buckets];
        foreach (var s in scores)
        {
            counts[Math.Clamp((int)Math.Floor(s * Buckets), 0, Buckets - 1)]++;
        }

        return counts;
    }

    public static string Chart(IEnumerable<double> baseline, IEnumerable<double> candidate)
    {
        var b = Histogram(baseline);
        var c = Histogram(candidate);
        var labels = Enumerable.Range(0, Buckets).Select(i => string.Create(CultureInfo.InvariantCulture, $"\"{i / (double)Buckets:0.0}\""));
        return new StringBuilder()
            .AppendLine("```mermaid")
            .AppendLine("xychart-beta")
            .AppendLine("    title \"Items per metric bucket (first bar baseline, second candidate)\"")
            .AppendLine(CultureInfo.InvariantCulture, $"    x-axis [{string.Join(", ", labels)}]")
            .AppendLine(CultureInfo.InvariantCulture, $"    y-axis \"items\" 0 --> {Math.Max(1, Math.Max(b.Max(), c.Max()))}")
            .AppendLine(CultureInfo.InvariantCulture, $"    bar [{string.Join(", ", b)}]")
            .AppendLine(CultureInfo.InvariantCulture, $"    bar [{string.Join(", ", c)}]")
            .AppendLine("```")
            .ToString();
    }
}

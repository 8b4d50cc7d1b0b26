using System.Globalization;
using System.Text;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// The training loss (and validation loss, when there is one) as a Mermaid <c>xychart-beta</c> line
/// chart, which GitHub renders in Markdown; thinned to <see cref="MaxPoints"/> points.
/// </summary>
public static class MermaidLossCurve
{
    public const int MaxPoints = 60;

    /// <summary>The fenced Mermaid block, or an empty string with fewer than two points.</summary>
    public static string Render(TrainingReport training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var points = TrainingReport.Thin(training.LossCurve, MaxPoints);
        if (points.Count < 2)
        {
            return string.Empty;
        }

        var hasValid = points.All(p => p.ValidLoss is not null);
        var max = points.Max(p => Math.Max(p.TrainLoss, p.ValidLoss ?? 0));
        var builder = new StringBuilder();
        builder.Append("```mermaid\n");
        builder.Append("xychart-beta\n");
        builder.Append(hasValid ? "    title \"Loss by step (train, then validation)\"\n" : "    title \"Training loss by step\"\n");
        builder.Append("    x-axis \"Step\" [").AppendJoin(", ", points.Select(p => Number(p.Step))).Append("]\n");
        builder.Append(CultureInfo.InvariantCulture, $"    y-axis \"Loss\" 0 --> {Math.Ceiling(max * 10) / 10}\n");
        builder.Append("    line [").AppendJoin(", ", points.Select(p => Number(p.TrainLoss))).Append("]\n");
        if (hasValid)
        {
            builder.Append("    line [").AppendJoin(", ", points.Select(p => Number(p.ValidLoss!.Value))).Append("]\n");
        }

        builder.Append("```\n");
        return builder.ToString();
    }

    private static string Number(double value) => Math.Round(value, 4).ToString(CultureInfo.InvariantCulture);
}

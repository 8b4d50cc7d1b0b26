using System.Globalization;
using System.Text;
using FineTune.Pipeline.Reporting;

namespace FineTune.Pipeline.Generation.Reporting;

/// <summary>The generation section of summary.md: the figures, then what the filter dropped (with the judge's reasons) and what failed.</summary>
public static class GenerationSummary
{
    private const int MaxRows = 20;

    public static string Write(GenerationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var md = new StringBuilder("### Generation\n\n");
        Markdown.Table(md, ["Generation", "Result"], GenerationTable.Rows(outcome).Select(r => (IReadOnlyList<string>)[r.Label, r.Value]));
        if (outcome.Dropped.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n**Dropped answers** ({outcome.Dropped.Count}):\n\n");
            Markdown.Table(md, ["Prompt", "Candidate", "Grade", "Reason"], outcome.Dropped.Take(MaxRows).Select(d => (IReadOnlyList<string>)
                [d.Id, d.Candidate.ToString(CultureInfo.InvariantCulture), d.Score?.ToString(CultureInfo.InvariantCulture) ?? "-", Shorten(d.Reason)]));
            More(md, outcome.Dropped.Count);
        }

        if (outcome.Failures.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n**Failed prompts** ({outcome.Failures.Count}; a re-run asks only these):\n\n");
            Markdown.Table(md, ["Prompt", "Line", "Error"], outcome.Failures.Take(MaxRows).Select(f => (IReadOnlyList<string>)
                [f.Id, f.Line.ToString(CultureInfo.InvariantCulture), Shorten(f.Error)]));
            More(md, outcome.Failures.Count);
        }

        return md.ToString();
    }

    private static void More(StringBuilder md, int count)
    {
        if (count > MaxRows)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n{count - MaxRows} more in report.json.\n");
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 297), "...");
}

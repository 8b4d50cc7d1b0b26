using System.Globalization;
using System.Text;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Reporting;

/// <summary>
/// summary.md and the GitHub job summary: verdict, dataset statistics, token histogram, cost,
/// training (with the loss curve), what changed, every diagnostic (until the size limit) and the task table.
/// </summary>
public static class SummaryMarkdown
{
    /// <summary>GitHub accepts at most 1 MiB of job summary per step; stay under it with room to spare.</summary>
    public const int DefaultMaxBytes = 1_000_000;

    public static string Render(RunReport report, int maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"## finetune {report.Target}: {Badge(report.Verdict)}\n\n");
        md.Append(Headline(report)).Append("\n\n");

        if (report.Generation is { } generation)
        {
            md.Append(Generation.Reporting.GenerationSummary.Write(generation)).Append('\n');
        }

        if (report.Datasets.Train is { } train)
        {
            var sets = report.Datasets.Eval is { } eval ? new[] { train, eval } : [train];
            md.Append("### Datasets\n\n");
            Markdown.Table(md, ["Dataset", .. sets.Select(s => s.Role + (s.FromSplit ? " (split)" : string.Empty))],
                DatasetTable.RowsFor(train).Select(r => (IReadOnlyList<string>)[r.Label, .. sets.Select(r.Value)]), rightAligned: true);
            var chart = MermaidHistogram.Render(train);
            if (chart.Length > 0)
            {
                md.Append('\n').Append(chart);
            }

            md.Append('\n');
        }

        if (report.Cost is { } cost)
        {
            md.Append("### Cost\n\n");
            Markdown.Table(md, ["Cost", "Estimate"], CostTable.Rows(cost).Select(r => (IReadOnlyList<string>)[r.Label, r.Value]), rightAligned: true);
            md.Append('\n');
        }

        if (report.Training is { } training)
        {
            md.Append("### Training\n\n");
            Markdown.Table(md, ["Training", "Result"], TrainingTable.Rows(training).Select(r => (IReadOnlyList<string>)[r.Label, r.Value]));
            var curve = MermaidLossCurve.Render(training);
            if (curve.Length > 0)
            {
                md.Append('\n').Append(curve);
            }

            md.Append('\n');
        }

        if (report.Compare is { } compare)
        {
            md.Append(CultureInfo.InvariantCulture, $"### What changed since `{compare.Ref}` ({CompareTable.ShortCommit(compare.Commit)})\n\n");
            Markdown.Table(md, CompareTable.Headers, CompareTable.Rows(compare), rightAligned: true);
            md.Append('\n').Append(CompareTable.CostLine(compare)).Append(".\n\n");
        }

        if (report.EvaluationOutcome is { } evaluation)
        {
            md.Append(Evaluation.Reporting.EvaluationSummary.Write(evaluation, headingLevel: 3)).Append('\n');
        }

        md.Append("### Tasks\n\n");
        Markdown.Table(md, ["Task", "Duration", "Status"], report.Tasks.Select(t => (IReadOnlyList<string>)
            [t.Name, t.Status is Runner.TaskRunStatus.Skipped or Runner.TaskRunStatus.DryRun ? "-" : Durations.Format(TimeSpan.FromMilliseconds(t.DurationMs)), TaskStatusText.Label(t.Status)]));
        md.Append('\n');

        AppendDiagnostics(md, report.Diagnostics, maxBytes);
        return md.ToString();
    }

    private static string Headline(RunReport report)
    {
        var parts = new List<string>();
        if (report.Datasets.Train is { } train)
        {
            parts.Add($"{Figures.Count(train.Examples)} training examples");
            parts.Add($"{Figures.Count(train.Tokens.Billing)} billing tokens");
        }

        if (report.Cost is { } cost)
        {
            parts.Add($"estimated {Figures.Usd(cost.EstimatedUsd)}" + (cost.BudgetUsd is { } b ? $" of a {Figures.Usd(b)} budget" : string.Empty));
        }

        parts.Add($"{Plural(report.ErrorCount, "error")}, {Plural(report.WarningCount, "warning")}");
        return string.Join(" · ", parts);
    }

    private static void AppendDiagnostics(StringBuilder md, IReadOnlyList<Diagnostic> diagnostics, int maxBytes)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"### Diagnostics ({diagnostics.Count})\n\n");
        var shown = 0;
        var rows = new StringBuilder();
        var budget = maxBytes - Encoding.UTF8.GetByteCount(md.ToString()) - 1_024;
        foreach (var d in diagnostics)
        {
            var row = new StringBuilder();
            Markdown.Table(row, ["x", "x", "x", "x"], [[Severity(d.Severity), d.Code, Location(d), d.Message]]);
            var line = row.ToString().Split('\n')[2] + "\n";
            budget -= Encoding.UTF8.GetByteCount(line);
            if (budget < 0)
            {
                break;
            }

            rows.Append(line);
            shown++;
        }

        Markdown.Table(md, ["Severity", "Code", "Location", "Message"], []);
        md.Append(rows);
        if (shown < diagnostics.Count)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n{diagnostics.Count - shown} more diagnostics are not shown here (size limit); report.json lists them all.\n");
        }
    }

    private static string Location(Diagnostic d)
        => d.File is null ? string.Empty : d.Line > 0 ? $"{d.File}:{d.Line}:{Math.Max(d.Column, 1)}" : d.File;

    private static string Severity(Severity severity) => severity.ToString().ToLowerInvariant();

    private static string Badge(string verdict) => verdict switch
    {
        Verdicts.Pass => "✅ pass",
        Verdicts.Fail => "❌ fail",
        _ => "⚠️ error",
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{Figures.Count(count)} {noun}s";
}

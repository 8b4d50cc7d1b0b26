using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>The dataset statistics: one row per figure, one column per dataset (train, eval).</summary>
public static class DatasetTable
{
    public static Table Build(DatasetSummary train, DatasetSummary? eval)
    {
        ArgumentNullException.ThrowIfNull(train);
        var sets = eval is null ? new[] { train } : [train, eval];
        var table = new Table().Border(TableBorder.Simple).AddColumn("Dataset");
        foreach (var set in sets)
        {
            table.AddColumn(new TableColumn(set.Role + (set.FromSplit ? " (split)" : string.Empty)).RightAligned());
        }

        foreach (var (label, value) in Rows)
        {
            table.AddRow([new Text(label), .. sets.Select(s => new Text(value(s)))]);
        }

        return table;
    }

    /// <summary>The figures, in order; shared with the Markdown summary.</summary>
    public static IReadOnlyList<(string Label, Func<DatasetSummary, string> Value)> Rows { get; } =
    [
        ("File", s => s.Path),
        ("Examples", s => Figures.Count(s.Examples)),
        ("Invalid lines", s => Figures.Count(s.InvalidLines)),
        ("Tokens", s => Figures.Count(s.Tokens.Total)),
        ("Billing tokens", s => Figures.Count(s.Tokens.Billing)),
        ("Assistant tokens", s => Figures.Count(s.Tokens.Assistant)),
        ("Tokens per example (min / mean / p50 / p90 / max)", s => Spread(s.TokensPerExample)),
        ("Messages per example (min / mean / max)", s => $"{Figures.Stat(s.MessagesPerExample.Min)} / {Figures.Stat(s.MessagesPerExample.Mean)} / {Figures.Stat(s.MessagesPerExample.Max)}"),
        ("Examples over the token limit", s => Figures.Count(s.ExamplesOverLimit)),
        ("System prompt variants", s => Figures.Count(s.SystemPromptVariants)),
    ];

    private static string Spread(Distribution d)
        => $"{Figures.Stat(d.Min)} / {Figures.Stat(d.Mean)} / {Figures.Stat(d.P50)} / {Figures.Stat(d.P90)} / {Figures.Stat(d.Max)}";
}

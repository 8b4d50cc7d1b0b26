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
        var table = new Table().Border(TableBorder.Simple).AddColumn(new TableColumn("Dataset").NoWrap());
        foreach (var set in sets)
        {
            table.AddColumn(new TableColumn(set.Role + (set.FromSplit ? " (split)" : string.Empty)).RightAligned().NoWrap());
        }

        foreach (var (label, value) in RowsFor(train))
        {
            table.AddRow([new Text(label), .. sets.Select(s => new Text(value(s)))]);
        }

        return table;
    }

    /// <summary>
    /// The rows for <paramref name="train"/>: <see cref="Rows"/>, with a Tokenizer row after the file when a
    /// self-hosted model's tokenizer (or its o200k estimate) counted rather than the tiktoken encoding.
    /// </summary>
    public static IEnumerable<(string Label, Func<DatasetSummary, string> Value)> RowsFor(DatasetSummary train)
    {
        ArgumentNullException.ThrowIfNull(train);
        return train.Tokenizer is null
            ? Rows
            : Rows.Take(1).Append(("Tokenizer", s => s.Tokenizer ?? string.Empty)).Concat(Rows.Skip(1));
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
        ("Tokens per example (mean)", s => Figures.Stat(s.TokensPerExample.Mean)),
        ("Tokens per example (p50 / p90)", s => $"{Figures.Stat(s.TokensPerExample.P50)} / {Figures.Stat(s.TokensPerExample.P90)}"),
        ("Tokens per example (min / max)", s => $"{Figures.Stat(s.TokensPerExample.Min)} / {Figures.Stat(s.TokensPerExample.Max)}"),
        ("Assistant tokens (mean)", s => Figures.Stat(s.AssistantTokensPerExample.Mean)),
        ("Messages per example (mean)", s => Figures.Stat(s.MessagesPerExample.Mean)),
        ("Examples over the token limit", s => Figures.Count(s.ExamplesOverLimit)),
        ("System prompt variants", s => Figures.Count(s.SystemPromptVariants)),
    ];
}

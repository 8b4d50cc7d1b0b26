using FineTune.Pipeline.Cost;
using Spectre.Console;

namespace FineTune.Pipeline.Generation.Reporting;

/// <summary>What the generate stage did, as a two-column table (figure, value), on the console and in summary.md.</summary>
public static class GenerationTable
{
    public static Table Build(GenerationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var table = new Table().Border(TableBorder.Simple).AddColumn("Generation").AddColumn("Result");
        foreach (var (label, value) in Rows(outcome))
        {
            table.AddRow(new Text(label), new Text(value));
        }

        return table;
    }

    public static IEnumerable<(string Label, string Value)> Rows(GenerationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        yield return ("Teacher", $"{outcome.Teacher} ({outcome.Endpoint})");
        if (outcome.Judge is { } judge)
        {
            yield return ("Judge", judge);
        }

        yield return ("Prompts", Figures.Count(outcome.Prompts));
        yield return ("Generated", Figures.Count(outcome.Generated) + (outcome.Changed > 0 ? $" ({Figures.Count(outcome.Changed)} changed)" : string.Empty));
        yield return ("Reused", Figures.Count(outcome.Reused));
        yield return ("Filtered answers", Figures.Count(outcome.Filtered));
        yield return ("Failed", Figures.Count(outcome.Failed));
        if (outcome.NotAsked > 0)
        {
            yield return ("Not asked", $"{Figures.Count(outcome.NotAsked)}{(outcome.Cancelled ? " (cancelled)" : " (stopped)")}");
        }

        yield return ("Requests", $"{Figures.Count(outcome.RequestsSent)} sent, {Figures.Count(outcome.CacheHits)} from cache");
        yield return ("Cost", $"{Usd(outcome.ActualUsd)} (estimated up to {Usd(outcome.EstimatedUsd)}{(outcome.BudgetUsd is { } b ? $", budget {Figures.Usd(b)}" : string.Empty)})");
        yield return ("Output", $"{outcome.Output} (+{Figures.Count(outcome.LinesWritten)} lines{(outcome.LinesRemoved > 0 ? $", -{Figures.Count(outcome.LinesRemoved)}" : string.Empty)})");
    }

    private static string Usd(decimal? usd) => usd is { } value ? Figures.Usd(value) : "unknown (no price)";
}

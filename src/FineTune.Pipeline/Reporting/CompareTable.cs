using FineTune.Pipeline.Compare;
using FineTune.Pipeline.Cost;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>What changed since a git ref: examples added, removed, changed, and the token and cost deltas.</summary>
public static class CompareTable
{
    public static IReadOnlyList<string> Headers { get; } = ["Dataset", "Added", "Removed", "Changed", "Unchanged", "Tokens Δ", "Billing Δ"];

    public static Table Build(CompareResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var table = new Table().Border(TableBorder.Simple)
            .Title(Markup.Escape($"Changes since {result.Ref} ({ShortCommit(result.Commit)})"))
            .Caption(Markup.Escape(CostLine(result)));
        foreach (var header in Headers)
        {
            table.AddColumn(header == "Dataset" ? new TableColumn(header).NoWrap() : new TableColumn(header).RightAligned());
        }

        foreach (var row in Rows(result))
        {
            table.AddRow([.. row.Select(cell => new Text(cell))]);
        }

        return table;
    }

    /// <summary>One row per dataset (train, then eval when compared).</summary>
    public static IEnumerable<string[]> Rows(CompareResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var delta in result.Eval is null ? new[] { result.Train } : [result.Train, result.Eval])
        {
            yield return
            [
                delta.Path + (delta.ExistedAtRef ? string.Empty : " (new)"),
                Figures.Count(delta.Added),
                Figures.Count(delta.Removed),
                Figures.Count(delta.Changed),
                Figures.Count(delta.Unchanged),
                Figures.CountDelta(delta.TokensDelta),
                Figures.CountDelta(delta.BillingTokensDelta),
            ];
        }
    }

    public static string CostLine(CompareResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return $"Estimated training cost {Figures.Usd(result.PreviousEstimatedUsd)} → {Figures.Usd(result.EstimatedUsd)} ({Figures.UsdDelta(result.CostDeltaUsd)})";
    }

    public static string ShortCommit(string commit) => commit.Length > 12 ? commit[..12] : commit;
}

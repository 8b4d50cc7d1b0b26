using FineTune.Pipeline.Cost;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>The cost estimate as a two-column table (figure, value).</summary>
public static class CostTable
{
    public static Table Build(CostEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var table = new Table().Border(TableBorder.Simple).AddColumn("Cost").AddColumn(new TableColumn("Estimate").RightAligned());
        foreach (var (label, value) in Rows(estimate))
        {
            table.AddRow(new Text(label), new Text(value));
        }

        return table;
    }

    /// <summary>The figures, in order; shared with the Markdown summary.</summary>
    public static IEnumerable<(string Label, string Value)> Rows(CostEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        yield return ("Model", estimate.Model);
        yield return estimate.Tokenizer is { } tokenizer ? ("Tokenizer", tokenizer) : ("Encoding", estimate.Encoding);
        yield return ("Epochs", estimate.EpochsAuto ? $"{estimate.Epochs} (auto)" : $"{estimate.Epochs}");
        yield return ("Billing tokens per epoch", Figures.Count(estimate.BillingTokens));
        yield return ("Charged tokens", Figures.Count(estimate.ChargedTokens));
        yield return ("Price per 1M tokens", Figures.Usd(estimate.PricePerMillionTokens));
        yield return ("Estimated cost", Figures.Usd(estimate.EstimatedUsd));
        if (estimate.WarnUsd is { } warn)
        {
            yield return ("Warning level", Figures.Usd(warn));
        }

        yield return ("Budget", estimate.BudgetUsd is { } budget
            ? $"{Figures.Usd(budget)} ({(estimate.WithinBudget ? "within" : "over")})"
            : "none (set cost.budget_usd)");
    }
}

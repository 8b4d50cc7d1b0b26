using System.Globalization;
using FineTune.Pipeline.Cost;
using Spectre.Console;

namespace FineTune.Pipeline.Reporting;

/// <summary>The training result as a two-column table (figure, value), on the console and in summary.md.</summary>
public static class TrainingTable
{
    public static Table Build(TrainingReport training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var table = new Table().Border(TableBorder.Simple).AddColumn("Training").AddColumn("Result");
        foreach (var (label, value) in Rows(training))
        {
            table.AddRow(new Text(label), new Text(value));
        }

        return table;
    }

    public static IEnumerable<(string Label, string Value)> Rows(TrainingReport training)
    {
        ArgumentNullException.ThrowIfNull(training);
        yield return ("Model", training.ModelId);
        yield return ("Base model", training.BaseModel);
        yield return ("Job", $"{training.JobId} ({training.Provider}, {training.Status}{(training.Reused ? ", reused from an earlier run" : string.Empty)})");
        if (training.Epochs is { } epochs)
        {
            yield return ("Epochs", epochs.ToString(CultureInfo.InvariantCulture));
        }

        if (training.TrainedTokens is { } tokens)
        {
            yield return ("Trained tokens", Figures.Count(tokens));
        }

        if (training.DurationS is { } seconds)
        {
            yield return ("Duration", Durations.Format(TimeSpan.FromSeconds(seconds)));
        }

        if (training.LossCurve.Count > 0)
        {
            var (first, last) = (training.LossCurve[0], training.LossCurve[^1]);
            yield return ("Train loss", string.Create(CultureInfo.InvariantCulture, $"{first.TrainLoss:0.000} → {last.TrainLoss:0.000} (step {last.Step})"));
        }

        if (training.Checkpoints.Count > 0)
        {
            yield return ("Checkpoints", string.Join(", ", training.Checkpoints.Select(c => c.Step.ToString(CultureInfo.InvariantCulture))));
        }
    }
}

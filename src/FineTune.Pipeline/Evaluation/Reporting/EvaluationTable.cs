using System.Globalization;
using FineTune.Pipeline.Evaluation.Gate;
using Spectre.Console;

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>The console view of an evaluation: both means with their intervals, the difference, and the verdict.</summary>
public static class EvaluationTable
{
    public static Table Build(EvaluationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var c = outcome.Comparison;
        var level = string.Create(CultureInfo.InvariantCulture, $"{c.Difference.Confidence * 100:0.#}% CI");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Model")
            .AddColumn(new TableColumn(outcome.Metric).RightAligned())
            .AddColumn(new TableColumn(level).RightAligned())
            .AddColumn(new TableColumn("n").RightAligned());
        table.AddRow($"baseline {outcome.BaselineModel}", ReportNumbers.Score(c.Baseline.Mean), $"{ReportNumbers.Score(c.Baseline.CiLow)} to {ReportNumbers.Score(c.Baseline.CiHigh)}", c.Baseline.N.ToString(CultureInfo.InvariantCulture));
        table.AddRow($"candidate {outcome.CandidateModel}", ReportNumbers.Score(c.Candidate.Mean), $"{ReportNumbers.Score(c.Candidate.CiLow)} to {ReportNumbers.Score(c.Candidate.CiHigh)}", c.Candidate.N.ToString(CultureInfo.InvariantCulture));
        table.AddRow(
            "difference (points)",
            EvaluationGate.Points(c.Difference.Mean),
            $"{EvaluationGate.Points(c.Difference.CiLow)} to {EvaluationGate.Points(c.Difference.CiHigh)}, {ReportNumbers.P(c.PValue)}",
            c.Difference.N.ToString(CultureInfo.InvariantCulture));
        return table;
    }
}

namespace FineTune.Pipeline.Evaluation.Reporting;

/// <summary>Writes the per-item files beside report.json: evaluation-items.jsonl and evaluation-junit.xml.</summary>
public static class EvaluationArtifacts
{
    public const string ItemsFile = "evaluation-items.jsonl";
    public const string JUnitFile = "evaluation-junit.xml";

    public static void Write(EvaluationOutcome outcome, string directory)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, ItemsFile), ItemResultsJsonl.Write(outcome.Items));
        File.WriteAllText(Path.Combine(directory, JUnitFile), JUnitReport.Write(outcome));
    }
}

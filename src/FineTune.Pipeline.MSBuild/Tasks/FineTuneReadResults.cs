using System.Text.Json;
using FineTune.Pipeline.MSBuild.Results;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// Turns the persisted results of the last successful validation into MSBuild properties. Runs whether the
/// validation target executed or was skipped as up to date (a skipped target does not restore outputs).
/// </summary>
public sealed class FineTuneReadResults : PipelineTask
{
    [Required]
    public string ResultsFile { get; set; } = string.Empty;

    /// <summary>Log the one-line summary at high importance.</summary>
    public bool LogSummary { get; set; } = true;

    [Output]
    public string Examples { get; private set; } = string.Empty;

    [Output]
    public string EvalExamples { get; private set; } = string.Empty;

    [Output]
    public string TotalTokens { get; private set; } = string.Empty;

    [Output]
    public string BillingTokens { get; private set; } = string.Empty;

    [Output]
    public string ChargedTokens { get; private set; } = string.Empty;

    [Output]
    public string Epochs { get; private set; } = string.Empty;

    [Output]
    public string EstimatedUsd { get; private set; } = string.Empty;

    [Output]
    public string BudgetUsd { get; private set; } = string.Empty;

    [Output]
    public string Model { get; private set; } = string.Empty;

    [Output]
    public string Encoding { get; private set; } = string.Empty;

    [Output]
    public string TrainSha256 { get; private set; } = string.Empty;

    /// <summary><c>pass</c> when valid results exist, empty when there are none (the validation failed or never ran).</summary>
    [Output]
    public string Verdict { get; private set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var path = FullPath(ResultsFile);
        ValidationResults? results;
        try
        {
            results = ResultsStore.Read(path);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            ResultsStore.Delete(path);
            Log.LogError(null, TaskCodes.ResultsUnreadable, null, path, 0, 0, 0, 0,
                "the results of the last validation could not be read ({0}); the file was deleted, build again to validate anew.", ex.Message);
            return;
        }

        if (results is null)
        {
            Log.LogMessage(MessageImportance.Low, "No validation results at '{0}'.", path);
            return;
        }

        Examples = ResultProperties.Number(results.Train.Examples);
        EvalExamples = results.Eval is null ? string.Empty : ResultProperties.Number(results.Eval.Examples);
        TotalTokens = ResultProperties.Number(results.Train.TotalTokens);
        BillingTokens = ResultProperties.Number(results.Cost.BillingTokens);
        ChargedTokens = ResultProperties.Number(results.Cost.ChargedTokens);
        Epochs = ResultProperties.Number(results.Cost.Epochs);
        EstimatedUsd = ResultProperties.Usd(results.Cost.EstimatedUsd);
        BudgetUsd = ResultProperties.Usd(results.Cost.BudgetUsd);
        Model = results.Cost.Model;
        Encoding = results.Cost.Encoding;
        TrainSha256 = results.Train.Sha256;
        Verdict = "pass";
        if (LogSummary)
        {
            Log.LogMessage(MessageImportance.High, "{0}", ResultProperties.Summary(results));
        }
    }
}

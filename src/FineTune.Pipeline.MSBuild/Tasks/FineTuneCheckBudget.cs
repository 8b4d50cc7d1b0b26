using System.Text.Json;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.MSBuild.Results;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// The budget gate: takes the cost estimate of the last successful validation (persisted, so this runs in
/// milliseconds even when validation was skipped as up to date) and applies the core's budget rule.
/// </summary>
public sealed class FineTuneCheckBudget : PipelineTask
{
    [Required]
    public string ConfigFile { get; set; } = string.Empty;

    [Required]
    public string ResultsFile { get; set; } = string.Empty;

    /// <summary><c>pass</c> or <c>fail</c>; empty when there are no validation results to gate.</summary>
    [Output]
    public string Verdict { get; private set; } = string.Empty;

    [Output]
    public bool WithinBudget { get; private set; }

    protected override void ExecuteCore()
    {
        var configPath = FullPath(ConfigFile);
        ValidationResults? results;
        try
        {
            results = ResultsStore.Read(FullPath(ResultsFile));
        }
        catch (JsonException ex)
        {
            Log.LogError(null, TaskCodes.ResultsUnreadable, null, FullPath(ResultsFile), 0, 0, 0, 0,
                "the results of the last validation could not be read ({0}); build again to validate anew.", ex.Message);
            return;
        }

        if (results is null)
        {
            Log.LogMessage(MessageImportance.Normal, "No validation results to gate on; the validation did not succeed.");
            return;
        }

        var estimate = results.Cost.ToEstimate();
        var findings = BudgetGate.Check(estimate, configPath);
        CreateLogger(configPath).LogAll(findings);
        WithinBudget = estimate.WithinBudget;
        Verdict = WithinBudget && !findings.Any(f => f.Severity == Severity.Error) ? "pass" : "fail";
    }
}

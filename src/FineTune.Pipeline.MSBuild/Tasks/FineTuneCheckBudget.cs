using System.Text.Json;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.MSBuild.Results;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// The budget gate: the core's <see cref="CostGate"/> applied to the cost estimate of the last successful
/// validation (persisted, so this takes milliseconds when the validation was skipped as up to date). It runs
/// on every build because some of its checks depend on today's date (model shutdowns).
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

    /// <summary>The clock of the date-dependent checks; tests set it.</summary>
    internal TimeProvider Time { get; set; } = TimeProvider.System;

    protected override void ExecuteCore()
    {
        var configPath = FullPath(ConfigFile);
        var resultsPath = FullPath(ResultsFile);
        ValidationResults? results;
        try
        {
            results = ResultsStore.Read(resultsPath);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            ResultsStore.Delete(resultsPath);
            Log.LogError(null, TaskCodes.ResultsUnreadable, null, resultsPath, 0, 0, 0, 0,
                "the results of the last validation could not be read ({0}); the file was deleted, build again to validate anew.", ex.Message);
            return;
        }

        var loaded = ConfigLoader.Load(configPath);
        if (results is null || loaded.Config is null || !loaded.Succeeded)
        {
            Log.LogMessage(MessageImportance.Normal, "No validation results to gate on: the validation did not succeed.");
            return;
        }

        var settings = PipelineSettings.Resolve(loaded.Config);
        var estimate = results.Cost.ToEstimate();
        var findings = new CostGate(Time).Check(estimate, settings.Model, configPath, OpenAIPlatform.IsUsedBy(settings.Config));
        CreateLogger(configPath).LogAll(findings);
        WithinBudget = estimate.WithinBudget;
        Verdict = findings.Any(f => f.Severity == Severity.Error) || Log.HasLoggedErrors ? "fail" : "pass";
    }
}

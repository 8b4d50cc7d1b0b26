using System.Text.Json;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.MSBuild.Results;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// The budget gate: the core's <see cref="CostEstimator"/> and <see cref="CostGate"/> applied to the training
/// set's figures from the last successful validation (persisted, so this takes milliseconds when the
/// validation was skipped as up to date) and to the configuration as it is now (prices, epochs and budgets
/// may come from environment variables). It runs on every build: some checks depend on today's date.
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

    [Output]
    public string EstimatedUsd { get; private set; } = string.Empty;

    [Output]
    public string BudgetUsd { get; private set; } = string.Empty;

    [Output]
    public string ChargedTokens { get; private set; } = string.Empty;

    [Output]
    public string Epochs { get; private set; } = string.Empty;

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
        var estimate = CostEstimator.Estimate(settings, results.Train.ToSummary("train"));
        var findings = new CostGate(Time).Check(estimate, settings.Model, configPath, OpenAIPlatform.IsTarget(settings.Config.OpenAI, Environment.GetEnvironmentVariable("OPENAI_BASE_URL")));
        CreateLogger(configPath).LogAll(findings);
        WithinBudget = estimate.WithinBudget;
        EstimatedUsd = ResultProperties.Usd(estimate.EstimatedUsd);
        BudgetUsd = ResultProperties.Usd(estimate.BudgetUsd);
        ChargedTokens = ResultProperties.Number(estimate.ChargedTokens);
        Epochs = ResultProperties.Number(estimate.Epochs);
        Verdict = findings.Any(f => f.Severity == Severity.Error) || Log.HasLoggedErrors ? "fail" : "pass";
    }
}

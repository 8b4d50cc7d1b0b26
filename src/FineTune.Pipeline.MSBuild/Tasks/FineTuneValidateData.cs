using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.MSBuild.Results;
using Microsoft.Build.Framework;

namespace FineTune.Pipeline.MSBuild.Tasks;

/// <summary>
/// Validates the datasets named in finetune.yaml with the core's rules, counts tokens, estimates the
/// cost, logs every finding with its file, line and column, and writes the results file (the output of
/// the incremental target) only when nothing failed, so that a failing build fails again next time.
/// </summary>
public sealed class FineTuneValidateData : PipelineTask
{
    [Required]
    public string ConfigFile { get; set; } = string.Empty;

    /// <summary>Where the results are persisted (JSON); deleted when the validation fails.</summary>
    [Required]
    public string ResultsFile { get; set; } = string.Empty;

    [Output]
    public int Examples { get; private set; }

    [Output]
    public long BillingTokens { get; private set; }

    [Output]
    public string EstimatedUsd { get; private set; } = string.Empty;

    protected override void ExecuteCore()
    {
        var configPath = FullPath(ConfigFile);
        var resultsPath = FullPath(ResultsFile);
        ResultsStore.Delete(resultsPath);
        var logger = CreateLogger(configPath);

        var loaded = ConfigLoader.Load(configPath);
        logger.LogAll(loaded.Diagnostics);
        if (!loaded.Succeeded || loaded.Config is null)
        {
            return;
        }

        var settings = PipelineSettings.Resolve(loaded.Config);
        var outcome = DatasetValidator.Validate(settings, CancellationToken);
        logger.LogAll(outcome.Diagnostics);
        if (outcome.HasErrors || Log.HasLoggedErrors)
        {
            return;
        }

        var estimate = CostEstimator.Estimate(settings, outcome);
        var warnings = loaded.Diagnostics.Concat(outcome.Diagnostics).Count(d => d.Severity == Severity.Warning);
        var results = ValidationResults.From(configPath, outcome, estimate, warnings);
        if (Log.HasLoggedErrors)
        {
            return;
        }

        ResultsStore.Write(resultsPath, results);
        Examples = results.Train.Examples;
        BillingTokens = results.Train.BillingTokens;
        EstimatedUsd = ResultProperties.Usd(results.Cost.EstimatedUsd);
    }
}

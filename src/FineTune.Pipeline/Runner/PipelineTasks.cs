using FineTune.Pipeline.Compare;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Cost;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// The task graph of this version: <c>generate</c> (before validate when finetune.yaml has a <c>generate:</c>
/// section, else on its own), <c>validate</c>, <c>cost</c> (after validate), <c>train</c>
/// (after cost), <c>evaluate</c> (after train, or after validate when <c>--model</c> names the candidate),
/// <c>compare</c> (after validate, only with <c>--compare</c>) and <c>all</c> (the whole pipeline, as DESIGN.md
/// has it: validate → cost → train → evaluate). Each task reads and fills the shared <see cref="PipelineState"/>;
/// printing is left to the runner, except train's progress, which streams to the console given.
/// </summary>
public static class PipelineTasks
{
    public static IReadOnlyList<TaskDefinition> Create(PipelineState state, PipelineServices services, Spectre.Console.IAnsiConsole? console = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(services);
        var tasks = new List<TaskDefinition>
        {
            new(PipelineTargets.Generate, [], ct => GenerateTask.RunAsync(state, services, console, ct),
                "ask the teacher model to answer the prompts and append the answers to the training data"),
            new(PipelineTargets.Validate, state.HasGenerateSection ? [PipelineTargets.Generate] : [], ct => Task.FromResult(Validate(state, services, ct)),
                "check every line of the datasets and count tokens exactly"),
            new(PipelineTargets.Cost, [PipelineTargets.Validate], ct => Task.FromResult(EstimateCost(state, services, ct)),
                "estimate the training cost and gate on cost.budget_usd"),
            new(PipelineTargets.Train, [PipelineTargets.Cost], ct => TrainTask.RunAsync(state, services, console, ct),
                "upload the data, create or resume the fine-tuning job and follow it to the model"),
            new(PipelineTargets.Evaluate, state.Options.Model is null ? [PipelineTargets.Train] : [PipelineTargets.Validate], ct => EvaluateTask.RunAsync(state, services, ct),
                "compare the model with its baseline on the eval set and gate on evaluate.gate"),
            new(PipelineTargets.All, [PipelineTargets.Evaluate], null, "the whole pipeline: validate → cost → train → evaluate"),
        };

        if (state.Options.CompareRef is { } reference)
        {
            tasks.Add(new(PipelineTargets.Compare, [PipelineTargets.Validate], ct => CompareAsync(state, services, reference, ct),
                $"compare the datasets with git ref '{reference}'"));
        }

        return tasks;
    }

    private static TaskOutcome Validate(PipelineState state, PipelineServices services, CancellationToken cancellationToken)
    {
        var outcome = RunValidator(state, services, cancellationToken);
        state.Report(PipelineTargets.Validate, outcome.Diagnostics);
        return outcome.HasErrors ? TaskOutcome.Failed : TaskOutcome.Succeeded;
    }

    private static TaskOutcome EstimateCost(PipelineState state, PipelineServices services, CancellationToken cancellationToken)
    {
        var settings = state.RequireSettings();
        var outcome = state.Validation ?? ValidateSilently(state, services, PipelineTargets.Cost, cancellationToken);
        var estimate = CostEstimator.Estimate(settings, outcome);
        state.Cost = estimate;
        var findings = new CostGate(services.Time).Check(estimate, settings.Model, state.ConfigPath, OpenAIPlatform.IsTarget(settings.Config.OpenAI, services.Variable("OPENAI_BASE_URL")));
        state.Report(PipelineTargets.Cost, findings);
        return findings.Any(d => d.Severity == Severity.Error) ? TaskOutcome.Failed : TaskOutcome.Succeeded;
    }

    private static async Task<TaskOutcome> CompareAsync(PipelineState state, PipelineServices services, string reference, CancellationToken cancellationToken)
    {
        var settings = state.RequireSettings();
        var outcome = state.Validation ?? ValidateSilently(state, services, PipelineTargets.Compare, cancellationToken);
        var comparer = new DatasetComparer(new GitClient(), services.Validate);
        state.Compare = await comparer.CompareAsync(settings, outcome, reference, cancellationToken).ConfigureAwait(false);
        return TaskOutcome.Succeeded;
    }

    /// <summary>With <c>--exclusive</c> a task may need token counts that validate did not produce: count them, and warn if the data has errors.</summary>
    private static ValidationOutcome ValidateSilently(PipelineState state, PipelineServices services, string task, CancellationToken cancellationToken)
    {
        var outcome = RunValidator(state, services, cancellationToken);
        var errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (errors > 0)
        {
            state.Report(task, [new Diagnostic(Severity.Warning, RunnerCodes.ExclusiveOnInvalidData, null, 0, 0,
                $"'{task}' ran without validate (--exclusive) on data with {errors} error{(errors == 1 ? string.Empty : "s")}: figures count only the valid examples. Run 'finetune validate' to see them.")]);
        }

        return outcome;
    }

    private static ValidationOutcome RunValidator(PipelineState state, PipelineServices services, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = services.Validate(state.RequireSettings(), cancellationToken);
            state.Validation = outcome;
            return outcome;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw PipelineException.External(RunnerCodes.DataReadFailed, $"could not read the datasets: {ex.Message}", ex);
        }
    }
}

using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// The <c>evaluate</c> target. The candidate is, in order: <c>--model</c>; the model <c>train</c> produced in
/// this run (evaluate runs after train unless <c>--model</c> is given); <c>evaluate.model</c>; the model of
/// the last successful job in <c>training-state.json</c> (for <c>--exclusive</c> runs; with provider lora: the
/// adapter folder's). Local models (provider lora, adapter folders) run in-process. Runs
/// <see cref="EvaluationPipeline"/>, records the outcome for the reports, and maps the result to the
/// contract's exit codes (gate failed: 1 through <see cref="TaskOutcome.Failed"/>; bad configuration: 2;
/// evaluation error: 3, through a <see cref="PipelineException"/> carrying the first error).
/// </summary>
internal static class EvaluateTask
{
    public const string Name = PipelineTargets.Evaluate;

    public static async Task<TaskOutcome> RunAsync(PipelineState state, PipelineServices services, CancellationToken cancellationToken)
    {
        var settings = state.RequireSettings();
        var request = new EvaluationRequest
        {
            CandidateModel = state.Options.Model ?? state.Training?.ModelId ?? settings.Config.Evaluate.Model ?? PreviousTraining(state, services),
            Environment = services.Environment,
            Time = services.Time,
            Progress = state.EvaluationProgress,
        };
        var result = await EvaluationPipeline.RunAsync(settings, request, cancellationToken).ConfigureAwait(false);
        state.Evaluation = result.Outcome;
        if (result.ExitCode is EvaluationRunResult.BadConfiguration or EvaluationRunResult.ExternalFailure)
        {
            var first = result.Diagnostics.First(d => d.Severity == Severity.Error);
            state.Report(Name, result.Diagnostics.Where(d => !ReferenceEquals(d, first)));
            throw new PipelineException(first, result.ExitCode == EvaluationRunResult.BadConfiguration ? ExitCodes.Usage : ExitCodes.External);
        }

        state.Report(Name, result.Diagnostics);
        return result.ExitCode == EvaluationRunResult.Passed ? TaskOutcome.Succeeded : TaskOutcome.Failed;
    }

    private static string? PreviousTraining(PipelineState state, PipelineServices services)
    {
        // provider lora keeps its state beside the adapter (train.lora.output_dir), the API trainers in the report folder.
        var train = state.RequireSettings().Config.Train;
        var directory = train.Provider == Providers.Lora ? train.Lora.OutputDir : state.ReportDirectory;
        if (directory is null)
        {
            return null;
        }

        var saved = new TrainingStateStore(directory, services.Time).Load();
        return saved is { ModelId: { Length: > 0 } model, Status: "succeeded" } ? model : null;
    }
}

using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Generation;
using FineTune.Pipeline.Reporting;
using Spectre.Console;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// The <c>generate</c> target: runs <see cref="GenerationPipeline"/> with its progress on the console, records the
/// outcome for the reports (also when cancelled: what was written is kept and reported), and maps the result to
/// the contract's exit codes (bad prompts or over budget: 1 through <see cref="TaskOutcome.Failed"/>; bad
/// configuration: 2; failed requests or output I/O: 3, through a <see cref="PipelineException"/>).
/// </summary>
internal static class GenerateTask
{
    public const string Name = PipelineTargets.Generate;

    public static async Task<TaskOutcome> RunAsync(PipelineState state, PipelineServices services, IAnsiConsole? console, CancellationToken cancellationToken)
    {
        var settings = state.RequireSettings();
        var request = new GenerationRequest
        {
            Environment = services.Environment,
            Time = services.Time,
            Log = console is null ? null : line => ConsoleLines.Write(console, line),
        };
        var result = await GenerationPipeline.RunAsync(settings, request, cancellationToken).ConfigureAwait(false);
        state.Generation = result.Outcome;
        if (result.Cancelled)
        {
            state.Report(Name, result.Diagnostics);
            throw new OperationCanceledException(cancellationToken);
        }

        if (result.ExitCode is GenerationRunResult.BadConfiguration or GenerationRunResult.ExternalFailure)
        {
            var first = result.Diagnostics.First(d => d.Severity == Severity.Error);
            state.Report(Name, result.Diagnostics.Where(d => !ReferenceEquals(d, first)));
            throw new PipelineException(first, result.ExitCode == GenerationRunResult.BadConfiguration ? ExitCodes.Usage : ExitCodes.External);
        }

        state.Report(Name, result.Diagnostics);
        return result.ExitCode == GenerationRunResult.Passed ? TaskOutcome.Succeeded : TaskOutcome.Failed;
    }
}

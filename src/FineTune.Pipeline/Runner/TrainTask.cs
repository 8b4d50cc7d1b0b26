using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Training;
using FineTune.Pipeline.Training.OpenAI;
using Spectre.Console;

namespace FineTune.Pipeline.Runner;

/// <summary>
/// The <c>train</c> task: refuses invalid data, builds the training request (the eval split held
/// out), runs the provider's trainer with its log on the console, and turns a
/// <see cref="TrainingException"/> into a diagnostic with the exit code it carries.
/// </summary>
internal static class TrainTask
{
    public static async Task<TaskOutcome> RunAsync(PipelineState state, PipelineServices services, IAnsiConsole? console, CancellationToken cancellationToken)
    {
        var settings = state.RequireSettings();
        var log = console is null ? (ITrainingLog)new NullTrainingLog() : new ConsoleTrainingLog(console);
        var trainer = CreateTrainer(settings.Config.Train.Provider, services, log);

        var validation = state.Validation ?? services.Validate(settings, cancellationToken);
        state.Validation = validation;
        if (validation.HasErrors)
        {
            state.Report(PipelineTargets.Train, [new Diagnostic(Severity.Error, TrainingCodes.InvalidData, null, 0, 0,
                "train does not upload data that validation rejects (nothing was uploaded). Run 'finetune validate' and fix the errors first.")]);
            return TaskOutcome.Failed;
        }

        var reportDirectory = state.ReportDirectory ?? throw new InvalidOperationException("The report folder is not known.");

        // The two sides of an eval split are written here, out of the report folder (which CI may publish).
        var work = Directory.CreateTempSubdirectory("finetune-train-");
        try
        {
            var request = TrainingRequest.For(settings, reportDirectory, work.FullName) with { ForceNew = state.Options.ForceNew };
            var result = await trainer.TrainAsync(request, cancellationToken).ConfigureAwait(false);
            state.Training = result;
            state.Report(PipelineTargets.Train, result.Diagnostics);
            return TaskOutcome.Succeeded;
        }
        catch (TrainingException e)
        {
            var code = e.Location?.Code ?? (e.ExitCode == ExitCodes.Usage ? TrainingCodes.NotConfigured : TrainingCodes.Failed);
            var diagnostic = new Diagnostic(Severity.Error, code, e.Location?.File, e.Location?.Line ?? 0, e.Location?.Column ?? 0, e.Message);
            throw new PipelineException(diagnostic, e.ExitCode);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static ITrainer CreateTrainer(string provider, PipelineServices services, ITrainingLog log) =>
        services.CreateTrainer?.Invoke(provider, log) ?? provider switch
        {
            Providers.OpenAI => new OpenAITrainer(log, services.Time, services.Variable),
            Providers.Lora => LoraBackendLoader.TryLoad()?.CreateTrainer(log) ?? throw PipelineException.Usage(TrainingCodes.ProviderNotAvailable,
                "train.provider 'lora' needs the LoRA trainer. " + LoraBackendLoader.HowToGetIt),
            _ => throw PipelineException.Usage(TrainingCodes.ProviderNotAvailable,
                $"train.provider '{provider}' has no trainer in this version of finetune; set `train.provider: openai` or `lora`."),
        };

    private sealed class NullTrainingLog : ITrainingLog
    {
        public void Info(string message)
        {
        }

        public void Warning(string message)
        {
        }

        public void Progress(TrainingProgress progress)
        {
        }
    }
}

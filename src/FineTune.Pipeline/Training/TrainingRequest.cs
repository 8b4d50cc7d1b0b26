using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Training;

/// <summary>One <c>train</c> run: the resolved settings, the files to train on and the run's switches.</summary>
public sealed record TrainingRequest
{
    public required PipelineSettings Settings { get; init; }

    /// <summary>Absolute path of the training JSONL as it will be uploaded.</summary>
    public required string TrainingFile { get; init; }

    /// <summary>Absolute path of the validation JSONL (validation loss), or null.</summary>
    public string? ValidationFile { get; init; }

    /// <summary>Report folder; <c>training-state.json</c> lives here.</summary>
    public required string ReportDirectory { get; init; }

    /// <summary>Create a new job even when one with the same identity exists (<c>--force-new</c>).</summary>
    public bool ForceNew { get; init; }

    /// <summary>Cancel the remote job when the run is cancelled; null: <c>train.cancel_remote_on_abort</c>.</summary>
    public bool? CancelRemoteOnAbort { get; init; }

    /// <summary>Commit recorded in the job's metadata; null: <c>GITHUB_SHA</c> when set.</summary>
    public string? GitCommit { get; init; }

    /// <summary>The usual request: train on <c>data.train</c>, validate on <c>data.eval</c> when it is a file.</summary>
    public static TrainingRequest For(PipelineSettings settings, string reportDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new TrainingRequest
        {
            Settings = settings,
            TrainingFile = settings.TrainPath,
            ValidationFile = settings.EvalPath,
            ReportDirectory = reportDirectory,
        };
    }
}

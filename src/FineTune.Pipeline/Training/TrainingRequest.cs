using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Training;

/// <summary>One <c>train</c> run: the resolved settings, the files to train on and the run's switches.</summary>
public sealed record TrainingRequest
{
    public required PipelineSettings Settings { get; init; }

    /// <summary>The training JSONL as it will be uploaded.</summary>
    public required TrainingInput TrainingFile { get; init; }

    /// <summary>The validation JSONL (validation loss), or null.</summary>
    public TrainingInput? ValidationFile { get; init; }

    /// <summary>Report folder; <c>training-state.json</c> lives here.</summary>
    public required string ReportDirectory { get; init; }

    /// <summary>Create a new job even when one with the same identity exists (<c>--force-new</c>).</summary>
    public bool ForceNew { get; init; }

    /// <summary>Cancel the remote job when the run is cancelled; null: <c>train.cancel_remote_on_abort</c>.</summary>
    public bool? CancelRemoteOnAbort { get; init; }

    /// <summary>Commit recorded in the job's metadata; null: <c>GITHUB_SHA</c> when set.</summary>
    public string? GitCommit { get; init; }

    /// <summary>
    /// The usual request: train on <c>data.train</c> and validate on <c>data.eval</c>, or, without
    /// <c>data.eval</c>, on the two sides of the eval split (written to <paramref name="workDirectory"/>).
    /// </summary>
    public static TrainingRequest For(PipelineSettings settings, string reportDirectory, string workDirectory)
    {
        var (train, validation) = TrainingInputs.Prepare(settings, workDirectory);
        return new TrainingRequest
        {
            Settings = settings,
            TrainingFile = train,
            ValidationFile = validation,
            ReportDirectory = reportDirectory,
        };
    }
}

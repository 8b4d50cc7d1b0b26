namespace FineTune.Pipeline.Training;

/// <summary>Passes messages on to another log with every secret scrubbed out.</summary>
public sealed class ScrubbingTrainingLog(ITrainingLog inner, SecretScrubber scrubber) : ITrainingLog
{
    public void Info(string message) => inner.Info(scrubber.Scrub(message));

    public void Warning(string message) => inner.Warning(scrubber.Scrub(message));

    public void Progress(TrainingProgress progress) => inner.Progress(progress);
}

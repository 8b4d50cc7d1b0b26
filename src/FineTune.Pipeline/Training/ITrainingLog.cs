namespace FineTune.Pipeline.Training;

/// <summary>Where training reports what it does. Implementations render it for a terminal, a CI log or a test.</summary>
public interface ITrainingLog
{
    void Info(string message);

    void Warning(string message);

    /// <summary>The job advanced: step / total and the latest training loss, when known.</summary>
    void Progress(TrainingProgress progress);
}

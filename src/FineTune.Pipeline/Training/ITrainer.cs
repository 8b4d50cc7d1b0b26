namespace FineTune.Pipeline.Training;

/// <summary>A training provider (<c>train.provider</c>): <c>openai</c>, <c>lora</c>.</summary>
public interface ITrainer
{
    /// <summary>The <c>train.provider</c> value this trainer serves.</summary>
    string Provider { get; }

    /// <summary>Trains (or resumes, or reuses) and returns the model; throws <see cref="TrainingException"/> when no model results.</summary>
    Task<TrainingResult> TrainAsync(TrainingRequest request, CancellationToken cancellationToken);
}

namespace FineTune.Pipeline.Training;

/// <summary>A usable intermediate model (OpenAI keeps the last three epochs).</summary>
/// <param name="Id">Provider's checkpoint id.</param>
/// <param name="ModelId">Model id to call, e.g. <c>ft:...:ckpt-step-88</c>.</param>
/// <param name="Step">Training step the checkpoint was taken at.</param>
/// <param name="TrainLoss">Training loss at that step.</param>
/// <param name="ValidLoss">Validation loss at that step, when a validation file was given.</param>
public sealed record TrainingCheckpoint(string Id, string ModelId, int Step, double? TrainLoss, double? ValidLoss);

namespace FineTune.Pipeline.Training;

/// <summary>A snapshot of a running job for a progress view.</summary>
/// <param name="Status">The provider's status string (<c>running</c>, <c>queued</c>, ...).</param>
/// <param name="Step">Last reported training step; 0 before the first.</param>
/// <param name="TotalSteps">Total steps when known.</param>
/// <param name="TrainLoss">Training loss at <paramref name="Step"/>.</param>
public sealed record TrainingProgress(string Status, int Step, int? TotalSteps, double? TrainLoss);

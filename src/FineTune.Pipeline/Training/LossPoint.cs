namespace FineTune.Pipeline.Training;

/// <summary>One point of the loss curve.</summary>
public sealed record LossPoint(int Step, double TrainLoss, double? ValidLoss);

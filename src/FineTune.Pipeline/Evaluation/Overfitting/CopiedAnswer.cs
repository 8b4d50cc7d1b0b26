namespace FineTune.Pipeline.Evaluation.Overfitting;

/// <summary>A candidate answer that (nearly) repeats a training answer.</summary>
public sealed record CopiedAnswer(string ItemId, string Answer, string TrainingAnswer, int TrainingLine, double Similarity);

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>A snapshot of a running evaluation, reported after each item.</summary>
public sealed record EvaluationProgress(int CompletedItems, int TotalItems, int ErrorItems, long Requests, long CacheHits, long Retries, long Throttled, int ConcurrencyLimit);

namespace FineTune.Pipeline.Evaluation;

/// <summary>What the run cost in requests: for the report and for the "second run costs nothing" promise.</summary>
public sealed record ExecutionSummary(
    long Requests,
    long CacheHits,
    long Retries,
    long Throttled,
    long FailedRequests,
    long InputTokens,
    long OutputTokens,
    int PeakConcurrency,
    TimeSpan Duration);

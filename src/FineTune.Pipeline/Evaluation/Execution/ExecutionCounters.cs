namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>Thread-safe counts of what the run did: requests sent, cache hits, retries, throttles, tokens.</summary>
public sealed class ExecutionCounters
{
    private long _requests;
    private long _cacheHits;
    private long _retries;
    private long _throttled;
    private long _failedRequests;
    private long _inputTokens;
    private long _outputTokens;

    /// <summary>HTTP requests (attempts) actually sent.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    public long CacheHits => Interlocked.Read(ref _cacheHits);

    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Replies with status 429.</summary>
    public long Throttled => Interlocked.Read(ref _throttled);

    /// <summary>Requests that failed for good (after retries).</summary>
    public long FailedRequests => Interlocked.Read(ref _failedRequests);

    public long InputTokens => Interlocked.Read(ref _inputTokens);

    public long OutputTokens => Interlocked.Read(ref _outputTokens);

    internal void Request() => Interlocked.Increment(ref _requests);

    internal void CacheHit() => Interlocked.Increment(ref _cacheHits);

    internal void Retry() => Interlocked.Increment(ref _retries);

    internal void Throttle() => Interlocked.Increment(ref _throttled);

    internal void Failure() => Interlocked.Increment(ref _failedRequests);

    internal void Tokens(int input, int output)
    {
        Interlocked.Add(ref _inputTokens, input);
        Interlocked.Add(ref _outputTokens, output);
    }
}

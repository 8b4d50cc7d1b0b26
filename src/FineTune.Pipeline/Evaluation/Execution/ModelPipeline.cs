using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Wraps raw models into what the evaluation uses: cache outside (a hit costs no slot and no request),
/// retries and the shared adaptive concurrency limit inside. All models of one run share one limiter,
/// one cache and one set of counters.
/// </summary>
public sealed class ModelPipeline : IDisposable
{
    private readonly RetryOptions _retry;
    private readonly TimeProvider _time;

    public ModelPipeline(int concurrency, string cacheDirectory, RetryOptions retry, TimeProvider? time = null)
    {
        _retry = retry ?? throw new ArgumentNullException(nameof(retry));
        _time = time ?? TimeProvider.System;
        Limiter = new AdaptiveConcurrencyLimiter(concurrency);
        Cache = new ResponseCache(cacheDirectory);
    }

    public AdaptiveConcurrencyLimiter Limiter { get; }

    public ResponseCache Cache { get; }

    public ExecutionCounters Counters { get; } = new();

    /// <summary>Writes what is still pending to the cache.</summary>
    public void Dispose() => Cache.Dispose();

    public IChatModel Wrap(IChatModel model)
        => new CachingChatModel(new RetryingChatModel(model, Limiter, _retry, Counters, _time), Cache, Counters);
}

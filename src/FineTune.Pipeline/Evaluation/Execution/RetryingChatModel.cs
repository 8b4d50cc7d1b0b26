using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Evaluation.Statistics;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Sends each attempt through the shared <see cref="AdaptiveConcurrencyLimiter"/> (the slot is given
/// back while waiting to retry), applies the per-request timeout and retries transient failures:
/// 429 after the capped Retry-After (or exponential backoff with jitter), 5xx, timeouts and broken
/// connections. Delays use the injected <see cref="TimeProvider"/>, so tests run on fake time.
/// </summary>
public sealed class RetryingChatModel(
    IChatModel inner,
    AdaptiveConcurrencyLimiter limiter,
    RetryOptions options,
    ExecutionCounters counters,
    TimeProvider time) : IChatModel
{
    private readonly Lock _jitterLock = new();
    private readonly SplitMix64 _jitter = new(options.Seed);

    public string Name => inner.Name;

    public string Endpoint => inner.Endpoint;

    public async Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await limiter.AcquireAsync(cancellationToken).ConfigureAwait(false);
            counters.Request();
            ChatModelException failure;
            using (var timeout = options.RequestTimeout is { } limit ? new CancellationTokenSource(limit, time) : null)
            using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout?.Token ?? CancellationToken.None))
            {
                try
                {
                    var result = await inner.CompleteAsync(messages, settings, linked.Token).ConfigureAwait(false);
                    limiter.Release(LimiterOutcome.Success);
                    counters.Tokens(result.InputTokens, result.OutputTokens);
                    return result with { Attempts = attempt };
                }
                catch (ChatModelException e)
                {
                    failure = e;
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = new ChatModelException($"{Name} at {Endpoint}: no reply within {options.RequestTimeout?.TotalSeconds:0.#} s", null, isTransient: true, innerException: e);
                }
                catch
                {
                    limiter.Release(LimiterOutcome.Failure);
                    throw;
                }
            }

            limiter.Release(failure.IsRateLimit ? LimiterOutcome.Throttled : LimiterOutcome.Failure);
            if (failure.IsRateLimit)
            {
                counters.Throttle();
            }

            if (!failure.IsTransient || attempt > options.MaxRetries)
            {
                counters.Failure();
                throw attempt == 1 ? failure : new ChatModelException($"{failure.Message} (gave up after {attempt} attempts)", failure.StatusCode, false, failure.RetryAfter, failure);
            }

            counters.Retry();
            await Task.Delay(Delay(attempt, failure), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan Delay(int attempt, ChatModelException failure)
    {
        double fraction;
        lock (_jitterLock)
        {
            fraction = (_jitter.NextUInt64() >> 11) * (1.0 / (1UL << 53));
        }

        if (failure.RetryAfter is { } retryAfter)
        {
            var capped = retryAfter < options.MaxRetryAfter ? retryAfter : options.MaxRetryAfter;

            // A little jitter on top, so that throttled requests do not all return in the same instant.
            return capped + TimeSpan.FromMilliseconds(fraction * 100);
        }

        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var ceiling = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * fraction)));
    }
}

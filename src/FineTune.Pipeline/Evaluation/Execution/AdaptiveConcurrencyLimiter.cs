namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Bounds requests in flight and adapts the bound the way TCP does (AIMD): a 429 halves it (once per
/// burst: the 429s of requests that were already in flight when it was halved do not count again), and each success
/// adds 1/limit, i.e. one slot per window of successes, back up to the configured maximum.
/// Waiters are served in arrival order.
/// </summary>
public sealed class AdaptiveConcurrencyLimiter
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource> _waiters = new();
    private readonly int _maximum;
    private double _limit;
    private int _inFlight;
    private int _completionsSinceDecrease;
    private int _inFlightAtDecrease;

    public AdaptiveConcurrencyLimiter(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        _maximum = maximum;
        _limit = maximum;
        _completionsSinceDecrease = 1;
    }

    /// <summary>The current bound (1 … maximum).</summary>
    public int Limit
    {
        get
        {
            lock (_lock)
            {
                return (int)_limit;
            }
        }
    }

    /// <summary>Most requests seen in flight at once.</summary>
    public int PeakInFlight { get; private set; }

    public Task AcquireAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_waiters.Count == 0 && _inFlight < (int)_limit)
            {
                Take();
                return Task.CompletedTask;
            }

            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Enqueue(waiter);
            if (cancellationToken.CanBeCanceled)
            {
                var registration = cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
                _ = waiter.Task.ContinueWith(_ => registration.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            return waiter.Task;
        }
    }

    public void Release(LimiterOutcome outcome)
    {
        lock (_lock)
        {
            _inFlight--;
            _completionsSinceDecrease++;
            if (outcome == LimiterOutcome.Throttled && _completionsSinceDecrease > _inFlightAtDecrease)
            {
                // Requests already in flight were sent at the old rate: their 429s do not count again.
                _limit = Math.Max(1, Math.Floor(_limit / 2));
                _completionsSinceDecrease = 0;
                _inFlightAtDecrease = _inFlight;
            }
            else if (outcome == LimiterOutcome.Success)
            {
                _limit = Math.Min(_maximum, _limit + (1 / _limit));
            }

            while (_inFlight < (int)_limit && _waiters.TryDequeue(out var next))
            {
                if (next.TrySetResult())
                {
                    Take();
                }
            }
        }
    }

    private void Take()
    {
        _inFlight++;
        PeakInFlight = Math.Max(PeakInFlight, _inFlight);
    }
}

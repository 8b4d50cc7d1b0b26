using FineTune.Pipeline.Evaluation.Execution;

namespace FineTune.Pipeline.Tests.Evaluation.Execution;

public sealed class AdaptiveConcurrencyLimiterTests
{
    [Fact]
    public async Task Never_more_than_the_limit_in_flight()
    {
        var limiter = new AdaptiveConcurrencyLimiter(3);
        var inFlight = 0;
        var peak = 0;

        await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ =>
        {
            await limiter.AcquireAsync(CancellationToken.None);
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            await Task.Delay(2);
            Interlocked.Decrement(ref inFlight);
            limiter.Release(LimiterOutcome.Success);
        }));

        Assert.Equal(3, peak);
        Assert.Equal(3, limiter.PeakInFlight);
    }

    [Fact]
    public async Task A_burst_of_throttles_halves_the_limit_once_and_successes_bring_it_back()
    {
        var limiter = new AdaptiveConcurrencyLimiter(8);
        for (var i = 0; i < 8; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
        }

        for (var i = 0; i < 8; i++)
        {
            limiter.Release(LimiterOutcome.Throttled);
        }

        Assert.Equal(4, limiter.Limit);

        for (var i = 0; i < 40; i++)
        {
            await limiter.AcquireAsync(CancellationToken.None);
            limiter.Release(LimiterOutcome.Success);
        }

        Assert.Equal(8, limiter.Limit);
    }

    [Fact]
    public async Task A_cancelled_waiter_does_not_take_a_slot()
    {
        var limiter = new AdaptiveConcurrencyLimiter(1);
        await limiter.AcquireAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync(cancel.Token);
        var next = limiter.AcquireAsync(CancellationToken.None);

        await cancel.CancelAsync();
        limiter.Release(LimiterOutcome.Success);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await next;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

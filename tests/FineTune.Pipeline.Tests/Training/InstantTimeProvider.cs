using System.Collections.Concurrent;

namespace FineTune.Pipeline.Tests.Training;

/// <summary>
/// Virtual time that runs as fast as the code asks: every timer (a <c>Task.Delay</c> on this
/// provider) fires at once and moves the clock forward by its due time. Polling intervals, retry
/// backoffs and timeouts are thus exercised in full without a test ever sleeping; <see cref="Delays"/>
/// records what was waited for.
/// </summary>
internal sealed class InstantTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public InstantTimeProvider()
        : this(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
            Interlocked.Add(ref _ticks, dueTime.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new NoTimer();
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

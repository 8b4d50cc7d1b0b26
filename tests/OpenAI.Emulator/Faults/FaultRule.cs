namespace OpenAI.Emulator;

/// <summary>
/// A fault bound to a route (<c>"POST /v1/fine_tuning/jobs"</c>, see <see cref="EmulatorRoutes"/>, or
/// <c>"*"</c> for every route). It lets the first <see cref="Skip"/> matching requests through, then
/// hits the next <see cref="Times"/> of them (null: all).
/// </summary>
public sealed class FaultRule
{
    private int _seen;
    private int _hits;

    public required string Route { get; init; }

    public required Fault Fault { get; init; }

    public int Skip { get; init; }

    public int? Times { get; init; }

    /// <summary>How many requests this rule has faulted.</summary>
    public int Hits => Volatile.Read(ref _hits);

    internal bool TryHit(string route)
    {
        if (Route != "*" && !string.Equals(Route, route, StringComparison.Ordinal))
        {
            return false;
        }

        var seen = Interlocked.Increment(ref _seen);
        if (seen <= Skip || (Times is { } times && seen > Skip + times))
        {
            return false;
        }

        Interlocked.Increment(ref _hits);
        return true;
    }
}

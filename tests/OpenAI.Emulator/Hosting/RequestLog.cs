using System.Collections.Concurrent;

namespace OpenAI.Emulator;

/// <summary>Every request the emulator served, in arrival order (faulted ones included).</summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<LoggedRequest> _requests = new();

    public IReadOnlyList<LoggedRequest> All => [.. _requests];

    /// <summary>Requests to a route (<see cref="EmulatorRoutes"/>).</summary>
    public IReadOnlyList<LoggedRequest> For(string route) => [.. _requests.Where(r => r.Route == route)];

    /// <summary>How many requests to the route were answered with a 2xx status.</summary>
    public int Succeeded(string route) => _requests.Count(r => r.Route == route && r.Status is >= 200 and < 300);

    public void Clear() => _requests.Clear();

    internal void Add(LoggedRequest request) => _requests.Enqueue(request);
}

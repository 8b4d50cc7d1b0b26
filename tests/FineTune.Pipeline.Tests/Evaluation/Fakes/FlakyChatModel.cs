using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Tests.Evaluation.Fakes;

/// <summary>Fails the first calls with the given exceptions, then answers "ok"; counts calls.</summary>
internal sealed class FlakyChatModel(params Exception[] failures) : IChatModel
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public string Name => "flaky";

    public string Endpoint => "memory://flaky";

    public Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        return call <= failures.Length ? Task.FromException<ChatResult>(failures[call - 1]) : Task.FromResult(new ChatResult("ok", 3, 1));
    }
}

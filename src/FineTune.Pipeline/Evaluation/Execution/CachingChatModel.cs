using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>Serves repeated requests from the <see cref="ResponseCache"/>; only successful completions are stored.</summary>
public sealed class CachingChatModel(IChatModel inner, ResponseCache cache, ExecutionCounters counters) : IChatModel
{
    public string Name => inner.Name;

    public string Endpoint => inner.Endpoint;

    public async Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        var key = CacheKey.Compute(inner.Endpoint, inner.Name, messages, settings);
        if (cache.TryGet(key) is { } hit)
        {
            counters.CacheHit();
            return hit;
        }

        var result = await inner.CompleteAsync(messages, settings, cancellationToken).ConfigureAwait(false);
        cache.Put(key, result);
        return result;
    }
}

using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Local;

/// <summary>
/// A local model known by name and endpoint before its weights are loaded: the cost estimate and the cache
/// need only those, and a run answered wholly from the cache never loads the checkpoint. <see cref="LocalModelSet"/>
/// attaches the loaded model (<see cref="Target"/>) when some answer is not cached.
/// </summary>
internal sealed class LocalModelProxy(string name, string endpoint) : IChatModel
{
    public string Name => name;

    public string Endpoint => endpoint;

    public IChatModel? Target { get; set; }

    public Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
        => Target is { } model
            ? model.CompleteAsync(messages, settings, cancellationToken)
            : throw new ChatModelException($"local model {name} was not loaded: its answers were expected in the cache.", statusCode: null, isTransient: false);
}

namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>
/// A chat model the evaluation can ask: an OpenAI-compatible endpoint (OpenAI, Azure, vLLM, Ollama …)
/// or a local model in-process. Implementations throw <see cref="ChatModelException"/> for failures of
/// the outside world, marked transient when a retry may succeed.
/// </summary>
public interface IChatModel
{
    /// <summary>Model id as the endpoint knows it.</summary>
    string Name { get; }

    /// <summary>Where the model lives (base URL, or <c>local:</c> + path); part of the cache key.</summary>
    string Endpoint { get; }

    Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken);
}

using FineTune.Pipeline.Evaluation.Models;
using CoreMessage = FineTune.Pipeline.Evaluation.Models.ChatMessage;
using LocalMessage = FineTune.Pipeline.Lora.Chat.ChatMessage;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// A local model as the evaluation sees it (<see cref="IChatModel"/>): the generation settings map onto
/// <see cref="SamplingOptions"/> (temperature 0 = greedy, <c>max_tokens</c>, <c>top_p</c>, <c>seed</c>), the
/// answer reports its prompt and completion tokens, and a failure of the model is a non-transient
/// <see cref="ChatModelException"/> (an item error, not a crash). Requests pass the host's gate (as many as a batch holds) and are batched by the host's views.
/// </summary>
internal sealed class EvaluationChatModel(LocalChatModel chat, string endpoint, SemaphoreSlim gate) : IChatModel
{
    /// <summary>Answer length when <c>max_tokens</c> is not set.</summary>
    public const int DefaultMaxTokens = 1024;

    public string Name => chat.Name;

    public string Endpoint => endpoint;

    public async Task<ChatResult> CompleteAsync(IReadOnlyList<CoreMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(settings);
        var conversation = messages.Select(m => new LocalMessage(m.Role, m.Content)).ToList();
        var options = Sampling(settings);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var reply = await Task.Run(() => chat.Complete(conversation, options, cancellationToken), cancellationToken).ConfigureAwait(false);
            return new ChatResult(reply.Text, reply.PromptTokens, reply.CompletionTokens);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ChatModelException($"local model {Name}: {e.Message}", statusCode: null, isTransient: false, innerException: e);
        }
        finally
        {
            gate.Release();
        }
    }

    public static SamplingOptions Sampling(GenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new SamplingOptions
        {
            Temperature = settings.Temperature,
            MaxNewTokens = settings.MaxTokens ?? DefaultMaxTokens,
            TopP = settings.TopP ?? 1.0,
            Seed = unchecked((int)(settings.Seed ?? 0)),
        };
    }
}

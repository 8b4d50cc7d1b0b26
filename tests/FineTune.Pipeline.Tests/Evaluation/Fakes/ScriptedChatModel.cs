using System.Collections.Concurrent;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Tests.Evaluation.Fakes;

/// <summary>An in-memory chat model whose replies come from a function of the messages; records every call.</summary>
internal sealed class ScriptedChatModel(string name, Func<IReadOnlyList<ChatMessage>, GenerationSettings, string> reply) : IChatModel
{
    public ConcurrentQueue<(IReadOnlyList<ChatMessage> Messages, GenerationSettings Settings)> Calls { get; } = new();

    public string Name { get; } = name;

    public string Endpoint => "memory://scripted";

    public Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        Calls.Enqueue((messages, settings));
        return Task.FromResult(new ChatResult(reply(messages, settings), 10, 5));
    }
}

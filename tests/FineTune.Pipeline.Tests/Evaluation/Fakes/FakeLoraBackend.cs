using System.Collections.Concurrent;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Tests.Evaluation.Fakes;

/// <summary>
/// A LoRA backend without TorchSharp: "loads" folders by recording them; the tuned view (adapter on) answers
/// through <c>tuned</c>, the base view says it does not know. Records loads, disposals and created models.
/// </summary>
internal sealed class FakeLoraBackend(Func<IReadOnlyList<ChatMessage>, string> tuned, Exception? loadFailure = null) : ILoraBackend
{
    public ConcurrentQueue<(string Checkpoint, string? Adapter, string? ChatFormat)> Loads { get; } = new();

    public ConcurrentQueue<IChatModel> Created { get; } = new();

    public int Disposed;

    public ITrainer CreateTrainer(ITrainingLog log) => throw new NotSupportedException();

    public void WriteTinyModel(string folder, string family, int seed) => throw new NotSupportedException();

    public IChatTemplateCounter OpenTokenCounter(string checkpoint, string? chatFormat, string display) => throw new NotSupportedException();

    public ILocalModelHost OpenChatModels(string checkpoint, string? adapter, string? chatFormat)
    {
        if (loadFailure is not null)
        {
            throw loadFailure;
        }

        Loads.Enqueue((checkpoint, adapter, chatFormat));
        return new Host(this, adapter is not null);
    }

    private sealed class Host(FakeLoraBackend backend, bool hasAdapter) : ILocalModelHost
    {
        public bool HasAdapter => hasAdapter;

        public IChatModel Create(string name, string endpoint, bool adapter)
        {
            var model = new Model(name, endpoint, adapter ? backend.Answer : _ => "I do not know.");
            backend.Created.Enqueue(model);
            return model;
        }

        public void Dispose() => Interlocked.Increment(ref backend.Disposed);
    }

    private string Answer(IReadOnlyList<ChatMessage> messages) => tuned(messages);

    private sealed class Model(string name, string endpoint, Func<IReadOnlyList<ChatMessage>, string> reply) : IChatModel
    {
        public string Name => name;

        public string Endpoint => endpoint;

        public Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
            => Task.FromResult(new ChatResult(reply(messages), 20, 6));
    }
}

using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tokens;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Tests.Data.Counting;

/// <summary>
/// A LoRA backend whose "tokenizer" is one token per character of each turn plus 2 per turn (header, end of turn);
/// trained: the assistant characters and their end of turn. Records which checkpoint and format it opened.
/// </summary>
internal sealed class FakeTemplateBackend(Exception? loadFailure = null) : ILoraBackend, IChatTemplateCounter
{
    public List<(string Checkpoint, string? ChatFormat, string Display)> Opened { get; } = [];

    public int Disposed { get; private set; }

    public string Description => "fake tokenizer";

    public ITrainer CreateTrainer(ITrainingLog log) => throw new NotSupportedException();

    public void WriteTinyModel(string folder, string family, int seed) => throw new NotSupportedException();

    public ILocalModelHost OpenChatModels(string checkpoint, string? adapter, string? chatFormat) => throw new NotSupportedException();

    public IChatTemplateCounter OpenTokenCounter(string checkpoint, string? chatFormat, string display)
    {
        Opened.Add((checkpoint, chatFormat, display));
        return loadFailure is null ? this : throw loadFailure;
    }

    public ChatTemplateCount Count(IReadOnlyList<ChatTurn> turns, int maxLength)
    {
        var trained = new List<bool>();
        foreach (var turn in turns)
        {
            var assistant = turn.Role == "assistant";
            trained.Add(false);
            trained.AddRange(Enumerable.Repeat(assistant, turn.Content.Length + 1));
        }

        return new ChatTemplateCount(trained.Count, trained.Count(t => t), trained.Skip(maxLength).Count(t => t));
    }

    public void Dispose() => Disposed++;
}

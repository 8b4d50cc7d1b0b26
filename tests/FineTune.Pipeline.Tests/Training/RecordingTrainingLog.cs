using System.Collections.Concurrent;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Tests.Training;

/// <summary>Keeps every line (<c>info: ...</c>, <c>warn: ...</c>, <c>progress: ...</c>) and lets a test react to one.</summary>
internal sealed class RecordingTrainingLog : ITrainingLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Called with each line as it is written, e.g. to cancel the run at a chosen moment.</summary>
    public Action<string>? OnLine { get; set; }

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Text => string.Join("\n", _lines);

    public void Info(string message) => Add($"info: {message}");

    public void Warning(string message) => Add($"warn: {message}");

    public void Progress(TrainingProgress progress) =>
        Add($"progress: {progress.Status} {progress.Step}/{progress.TotalSteps} loss={progress.TrainLoss}");

    private void Add(string line)
    {
        _lines.Enqueue(line);
        OnLine?.Invoke(line);
    }
}

using System.Collections.Concurrent;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Lora.Tests.Runner;

/// <summary>Records what a trainer logs; <c>onInfo</c>/<c>onProgress</c> let a test stop the run at a chosen point.</summary>
internal sealed class RecordingLog(Action<string>? onInfo = null, Action<TrainingProgress>? onProgress = null) : ITrainingLog
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<TrainingProgress> Steps { get; } = new();

    public void Info(string message)
    {
        Lines.Enqueue(message);
        onInfo?.Invoke(message);
    }

    public void Warning(string message) => Lines.Enqueue("warning: " + message);

    public void Progress(TrainingProgress progress)
    {
        Steps.Enqueue(progress);
        onProgress?.Invoke(progress);
    }
}

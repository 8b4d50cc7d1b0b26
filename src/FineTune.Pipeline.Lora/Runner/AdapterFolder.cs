using System.Globalization;
using System.Text.Json.Nodes;
using FineTune.Pipeline.Catalog;
using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Training;
using CoreResult = FineTune.Pipeline.Training.TrainingResult;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Lora.Runner;

/// <summary>
/// <c>train.lora.output_dir</c> as the runner sees it: the PEFT adapter, <c>metrics.jsonl</c>, complete
/// <c>checkpoint-epoch-N/</c> folders and <c>training-state.json</c>. The <c>training</c> section of report.json
/// is read back from these files, so a resumed or reused run reports the whole training, not only its part.
/// </summary>
internal static class AdapterFolder
{
    public const string CheckpointPrefix = "checkpoint-epoch-";
    public const string Metrics = "metrics.jsonl";

    /// <summary>The complete checkpoint folders (adapter, optimizer state, trainer state), by epoch.</summary>
    public static IReadOnlyList<(int Epoch, string Folder)> Checkpoints(string outputDir) =>
        !Directory.Exists(outputDir) ? [] : Directory.EnumerateDirectories(outputDir, CheckpointPrefix + "*")
            .Select(folder => (Epoch: EpochOf(folder), Folder: folder))
            .Where(c => c.Epoch > 0 && IsComplete(c.Folder))
            .OrderBy(c => c.Epoch)
            .ToList();

    public static bool HasAdapter(string outputDir) => LocalModelHash.AdapterFiles.All(f => File.Exists(Path.Combine(outputDir, f)));

    /// <summary>Removes what an earlier run of another identity wrote (only the files this trainer writes).</summary>
    public static void Clear(string outputDir)
    {
        if (!Directory.Exists(outputDir))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(outputDir, CheckpointPrefix + "*").Append(Path.Combine(outputDir, Adapters.MergedModel.FolderName)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true); // checkpoints, and a merged model of the old adapter
        }

        foreach (var file in LocalModelHash.AdapterFiles.Append(Metrics))
        {
            File.Delete(Path.Combine(outputDir, file));
        }
    }

    /// <summary>The <c>training</c> section for the adapter in <paramref name="outputDir"/> (<paramref name="adapter"/>: its path as reported).</summary>
    public static CoreResult Result(string outputDir, string adapter, string baseModel, int epochs, bool reused)
    {
        var states = Checkpoints(outputDir).Select(c => (c.Epoch, State: CheckpointState.Read(c.Folder))).ToList();
        var losses = Losses(Path.Combine(outputDir, Metrics));
        var validAt = states.GroupBy(s => s.State.Step).ToDictionary(g => g.Key, g => g.Last().State.EvalLoss);
        var last = states.Count == 0 ? CheckpointState.None : states[^1].State;
        return new CoreResult
        {
            Provider = Providers.Lora,
            JobId = "local",
            ModelId = adapter,
            BaseModel = baseModel,
            Status = "succeeded",
            Reused = reused,
            TrainedTokens = last.Tokens,
            Epochs = epochs,
            DurationSeconds = last.Seconds,
            Checkpoints = states.Select(s => new TrainingCheckpoint(
                $"{CheckpointPrefix}{s.Epoch}", $"{adapter}/{CheckpointPrefix}{s.Epoch}", s.State.Step, losses.TryGetValue(s.State.Step, out var loss) ? loss : null, s.State.EvalLoss)).ToList(),
            LossCurve = losses.Select(l => new LossPoint(l.Key, l.Value, validAt.GetValueOrDefault(l.Key))).ToList(),
        };
    }

    /// <summary>Train loss by step (the last row of a step wins).</summary>
    private static SortedDictionary<int, double> Losses(string path)
    {
        var losses = new SortedDictionary<int, double>();
        if (!File.Exists(path))
        {
            return losses;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (CheckpointState.StepOf(line) is { } step && JsonNode.Parse(line)?["loss"]?.GetValue<double>() is { } loss && double.IsFinite(loss))
            {
                losses[step] = loss;
            }
        }

        return losses;
    }

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, CheckpointState.FileName))
        && File.Exists(Path.Combine(folder, "optimizer.bin"))
        && File.Exists(Path.Combine(folder, PeftAdapter.WeightsFile));

    private static int EpochOf(string folder) =>
        int.TryParse(Path.GetFileName(folder).AsSpan(CheckpointPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) ? epoch : 0;
}

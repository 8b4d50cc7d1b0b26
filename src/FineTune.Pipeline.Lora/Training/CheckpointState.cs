using System.Globalization;
using System.Text.Json.Nodes;

namespace FineTune.Pipeline.Lora.Training;

/// <summary>
/// <c>trainer_state.json</c> of a <c>checkpoint-epoch-N</c> folder: the optimizer step and epoch (0-based) it
/// was taken after, that epoch's eval loss (null without an eval set), and the tokens and seconds of training
/// up to it, counted over every run that led to it (so a resumed run reports the whole training).
/// </summary>
public sealed record CheckpointState(int Step, int Epoch, double? EvalLoss, long Tokens, double Seconds)
{
    public const string FileName = "trainer_state.json";

    /// <summary>Before the first step.</summary>
    public static CheckpointState None { get; } = new(0, -1, null, 0, 0);

    /// <summary>Reads the state of a checkpoint folder; files of older versions have only step and epoch.</summary>
    public static CheckpointState Read(string folder)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, FileName)))!;
        return new CheckpointState(
            json["step"]!.GetValue<int>(),
            json["epoch"]!.GetValue<int>(),
            json["eval_loss"]?.GetValue<double>(),
            json["tokens"]?.GetValue<long>() ?? 0,
            json["seconds"]?.GetValue<double>() ?? 0);
    }

    public void Write(string folder)
    {
        var json = new JsonObject
        {
            ["step"] = Step,
            ["epoch"] = Epoch,
            ["eval_loss"] = EvalLoss,
            ["tokens"] = Tokens,
            ["seconds"] = Math.Round(Seconds, 3),
        };
        File.WriteAllText(Path.Combine(folder, FileName), json.ToJsonString() + "\n");
    }

    /// <summary>Keeps the rows of <c>metrics.jsonl</c> up to <paramref name="step"/>: a resumed run writes the later ones again.</summary>
    public static void TruncateMetrics(string path, int step)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var kept = File.ReadLines(path).Where(line => StepOf(line) <= step).ToList();
        var temp = path + ".tmp";
        File.WriteAllLines(temp, kept);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The <c>step</c> of a metrics row; null for a row cut short by a killed process.</summary>
    public static int? StepOf(string line)
    {
        try
        {
            return line.Trim().Length == 0 ? null : JsonNode.Parse(line)?["step"]?.GetValue<int>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"step {Step}, epoch {Epoch + 1}");
}

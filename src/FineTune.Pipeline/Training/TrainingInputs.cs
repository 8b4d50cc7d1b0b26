using System.Text;
using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data.Splitting;

namespace FineTune.Pipeline.Training;

/// <summary>
/// Decides which files are uploaded. With <c>data.eval</c>, the training file as it is, and the eval
/// file as the validation file. Without it, the eval examples are split off the training file by the
/// same deterministic split the validator uses: they must not be trained on. The two parts are
/// written to <c>workDirectory</c> (<c>train.split.jsonl</c>, <c>eval.split.jsonl</c>),
/// byte-identical from run to run so that uploads are reused, and remember their source lines.
/// </summary>
public static class TrainingInputs
{
    public static (TrainingInput Train, TrainingInput? Validation) Prepare(PipelineSettings settings, string workDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var display = Display(settings, settings.TrainPath);
        if (settings.EvalPath is { } eval)
        {
            return (new TrainingInput(settings.TrainPath, display), new TrainingInput(eval, Display(settings, eval)));
        }

        if (settings.Config.Data.EvalSplit.Fraction <= 0)
        {
            return (new TrainingInput(settings.TrainPath, display), null);
        }

        var splitter = new EvalSplitter(settings.Config.Data.EvalSplit);
        var (train, trainLines) = (new StringBuilder(), new List<int>());
        var (held, heldLines) = (new StringBuilder(), new List<int>());
        var number = 0;
        foreach (var line in File.ReadLines(settings.TrainPath))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var toEval = splitter.IsEval(line);
            (toEval ? held : train).Append(line).Append('\n');
            (toEval ? heldLines : trainLines).Add(number);
        }

        Directory.CreateDirectory(workDirectory);
        var trainPath = Path.Combine(workDirectory, "train.split.jsonl");
        File.WriteAllText(trainPath, train.ToString());
        if (heldLines.Count == 0)
        {
            return (new TrainingInput(trainPath, display, trainLines), null);
        }

        var evalPath = Path.Combine(workDirectory, "eval.split.jsonl");
        File.WriteAllText(evalPath, held.ToString());
        return (new TrainingInput(trainPath, display, trainLines), new TrainingInput(evalPath, display, heldLines));
    }

    private static string Display(PipelineSettings settings, string path) =>
        Path.GetRelativePath(settings.Config.BaseDirectory, path).Replace('\\', '/');
}

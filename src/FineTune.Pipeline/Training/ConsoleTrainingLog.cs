using System.Globalization;
using FineTune.Pipeline.Reporting;
using Spectre.Console;

namespace FineTune.Pipeline.Training;

/// <summary>
/// Training's log on the console: one line per message, warnings prefixed, and a progress line
/// (<c>[running] step 32/96 (33%), train loss 0.789</c>) whenever progress changes. Plain lines, so
/// that a CI log and a terminal read the same.
/// </summary>
public sealed class ConsoleTrainingLog(IAnsiConsole console) : ITrainingLog
{
    private TrainingProgress? _last;

    public void Info(string message) => ConsoleLines.Write(console, message);

    public void Warning(string message) => ConsoleLines.Write(console, "warning: " + message);

    public void Progress(TrainingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress == _last)
        {
            return;
        }

        _last = progress;
        ConsoleLines.Write(console, Format(progress));
    }

    public static string Format(TrainingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var line = $"  [{progress.Status}]";
        if (progress.Step > 0)
        {
            line += progress.TotalSteps is > 0 and var total
                ? string.Create(CultureInfo.InvariantCulture, $" step {progress.Step}/{total} ({100 * progress.Step / total}%)")
                : string.Create(CultureInfo.InvariantCulture, $" step {progress.Step}");
        }

        return progress.TrainLoss is { } loss ? line + string.Create(CultureInfo.InvariantCulture, $", train loss {loss:0.000}") : line;
    }
}

using System.Globalization;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>Reads the per-step metrics CSV a succeeded job leaves in <c>result_files</c> (<c>step,train_loss,...,valid_loss,...</c>).</summary>
internal static class ResultFileCsv
{
    public static IReadOnlyList<LossPoint> Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2)
        {
            return [];
        }

        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        var (step, train, valid) = (header.IndexOf("step"), header.IndexOf("train_loss"), header.IndexOf("valid_loss"));
        if (step < 0 || train < 0)
        {
            return [];
        }

        var points = new List<LossPoint>();
        foreach (var cells in lines.Skip(1).Select(l => l.Split(',')))
        {
            if (Number(cells, step) is { } s && Number(cells, train) is { } t)
            {
                points.Add(new LossPoint((int)s, t, Number(cells, valid)));
            }
        }

        return points;
    }

    private static double? Number(string[] cells, int index) =>
        index >= 0 && index < cells.Length && double.TryParse(cells[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

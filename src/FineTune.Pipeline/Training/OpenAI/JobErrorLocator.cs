using System.Globalization;
using System.Text.RegularExpressions;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>
/// Maps a failed job's error to a place in the data: "line N" is a file line; "example N" (the API
/// counts examples, i.e. non-empty lines) is translated to the line that holds the N-th example.
/// </summary>
internal static partial class JobErrorLocator
{
    /// <summary>An FT5001 diagnostic at the named line, or null when the message names none.</summary>
    public static Diagnostic? Locate(RemoteJobError error, TrainingInput training, TrainingInput? validation)
    {
        var input = error.Param == "validation_file" && validation is not null ? validation : training;
        var message = error.Message ?? string.Empty;
        int? line = null;
        if (LinePattern().Match(message) is { Success: true } lineMatch)
        {
            line = int.Parse(lineMatch.Groups[1].Value, CultureInfo.InvariantCulture);
        }
        else if (ExamplePattern().Match(message) is { Success: true } exampleMatch)
        {
            line = LineOfExample(input.Path, int.Parse(exampleMatch.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return line is null
            ? null
            : new Diagnostic(Severity.Error, TrainingCodes.DataRejected, input.Display, input.SourceLine(line.Value), 1,
                $"the fine-tuning API rejected this example ({error.Code}): {message} Fix the line, run `finetune validate`, then train again.");
    }

    private static int? LineOfExample(string path, int example)
    {
        if (example < 1 || !File.Exists(path))
        {
            return null;
        }

        var count = 0;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length > 0 && ++count == example)
            {
                return number;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\bline (\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LinePattern();

    [GeneratedRegex(@"\bexample (\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExamplePattern();
}

using System.Text;

namespace FineTune.Pipeline.MSBuild.Tool;

/// <summary>Splits a command line into words: whitespace separates, double quotes group (<c>"C:\My Tools\finetune.exe" --x</c>).</summary>
internal static class CommandLineWords
{
    public static IReadOnlyList<string> Split(string commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var words = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        var inWord = false;
        foreach (var c in commandLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (inWord)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    inWord = false;
                }
            }
            else
            {
                current.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words.Count > 0 ? words : throw new ToolNotFoundException("FineTuneToolCommand is empty.");
    }
}

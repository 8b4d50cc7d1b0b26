namespace FineTune.Pipeline.Tool.Tests.Packaging;

/// <summary>Reads a <c>$GITHUB_OUTPUT</c> file: <c>name=value</c> lines and <c>name&lt;&lt;DELIMITER</c> blocks.</summary>
public static class GitHubOutputFile
{
    public static IReadOnlyDictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heredoc = line.IndexOf("<<", StringComparison.Ordinal);
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (heredoc > 0 && (equals < 0 || heredoc < equals))
            {
                var name = line[..heredoc];
                var delimiter = line[(heredoc + 2)..];
                var body = new List<string>();
                for (i++; i < lines.Length && lines[i] != delimiter; i++)
                {
                    body.Add(lines[i]);
                }

                if (i >= lines.Length)
                {
                    throw new FormatException($"output '{name}' opens a '{delimiter}' block that is never closed");
                }

                values[name] = string.Join('\n', body);
            }
            else if (equals > 0)
            {
                values[line[..equals]] = line[(equals + 1)..];
            }
            else if (line.Length > 0)
            {
                throw new FormatException($"'{line}' is neither name=value nor name<<DELIMITER");
            }
        }

        return values;
    }
}

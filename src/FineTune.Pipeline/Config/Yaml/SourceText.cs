namespace FineTune.Pipeline.Config.Yaml;

/// <summary>
/// The yaml text with a line table, turning character offsets (as YamlDotNet's marks carry them)
/// into editor positions: 1-based lines split at \n, \r\n or \r, and columns counted in Unicode scalars.
/// </summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public SourcePosition PositionAt(long index)
    {
        var offset = (int)Math.Clamp(index, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = 1;
        for (var i = _lineStarts[line]; i < offset; i++)
        {
            if (!char.IsLowSurrogate(Text[i]))
            {
                column++;
            }
        }

        return new SourcePosition(line + 1, column);
    }

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)];

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string LineText(int line)
    {
        var start = LineStart(line);
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }
}

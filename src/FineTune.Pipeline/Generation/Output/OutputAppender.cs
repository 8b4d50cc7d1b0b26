using System.Text;

namespace FineTune.Pipeline.Generation.Output;

/// <summary>
/// Appends the answers of one prompt at a time, from any thread: the lines of a prompt go out in one write and
/// are flushed to the operating system at once, so a killed process loses at most the prompt being written
/// (a torn last line, which the next run cuts off). <see cref="Dispose"/> flushes to disk.
/// </summary>
public sealed class OutputAppender : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Lock _gate = new();
    private readonly FileStream _stream;

    public OutputAppender(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
    }

    public void Append(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        var bytes = Utf8NoBom.GetBytes(text.ToString());
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
        }
    }
}

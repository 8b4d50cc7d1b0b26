using System.Buffers;

namespace FineTune.Pipeline.Generation.Output;

/// <summary>
/// Reading, repairing and rewriting the output JSONL. Lines are read in a stream (a large file is never held
/// whole); a rewrite copies the kept lines' bytes unchanged into a temporary file beside it, flushed to disk,
/// then renamed over the original, so readers and a killed run see the old file or the new, never half of one.
/// </summary>
public static class OutputFile
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Scans <paramref name="path"/> (absent: empty) and repairs a torn or unterminated last line in place.</summary>
    public static OutputScan ScanAndRepair(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return OutputScan.Empty;
        }

        var lines = new List<OutputLine>();
        var current = new ArrayBufferWriter<byte>();
        long lineStart = 0, position = 0;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize))
        {
            var chunk = new byte[ChunkSize];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                var span = chunk.AsSpan(0, read);
                while (true)
                {
                    var newline = span.IndexOf((byte)'\n');
                    if (newline < 0)
                    {
                        current.Write(span);
                        position += span.Length;
                        break;
                    }

                    current.Write(span[..newline]);
                    position += newline + 1;
                    lines.Add(Line(lineStart, current.WrittenSpan));
                    current.ResetWrittenCount();
                    lineStart = position;
                    span = span[(newline + 1)..];
                }
            }
        }

        if (current.WrittenCount == 0)
        {
            return new OutputScan(lines, 0, false);
        }

        // The file does not end with a newline: either a run was killed mid-line, or an editor dropped the final newline.
        if (TrainingLine.IsCompleteJson(current.WrittenSpan))
        {
            lines.Add(Line(lineStart, current.WrittenSpan));
            File.AppendAllText(path, "\n");
            return new OutputScan(lines, 0, true);
        }

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None))
        {
            stream.SetLength(lineStart);
            stream.Flush(flushToDisk: true);
        }

        return new OutputScan(lines, current.WrittenCount, false);
    }

    /// <summary>Replaces <paramref name="path"/> atomically by the given lines of it, in the order given.</summary>
    public static void Rewrite(string path, IEnumerable<OutputLine> keep)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(keep);
        var full = Path.GetFullPath(path);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var source = File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read) : null)
            using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkSize))
            {
                var buffer = new byte[ChunkSize];
                foreach (var line in keep)
                {
                    source!.Position = line.Offset;
                    var left = line.Length;
                    while (left > 0)
                    {
                        var read = source.Read(buffer, 0, Math.Min(left, buffer.Length));
                        if (read == 0)
                        {
                            throw new IOException($"{full} changed while it was being rewritten.");
                        }

                        target.Write(buffer, 0, read);
                        left -= read;
                    }

                    target.WriteByte((byte)'\n');
                }

                target.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static OutputLine Line(long offset, ReadOnlySpan<byte> bytes)
    {
        var content = bytes.EndsWith("\r"u8) ? bytes[..^1] : bytes;
        return new OutputLine(offset, content.Length, TrainingLine.PromptHashOf(content));
    }
}

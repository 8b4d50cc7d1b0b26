using System.Buffers;
using System.Security.Cryptography;

namespace FineTune.Pipeline.Data.Reading;

/// <summary>
/// Splits a stream into lines at the byte level and hands them out in batches of pooled buffers. Memory stays
/// bounded: a line longer than <c>maxLineBytes</c> is scanned to its <c>\n</c> and skipped, never buffered whole.
/// Also hashes every byte (SHA-256) and removes a leading UTF-8 byte order mark.
/// </summary>
internal sealed class JsonlFileReader
{
    public const int DefaultChunkSize = 512 * 1024;

    private readonly int _chunkSize;
    private readonly long _maxLineBytes;

    public JsonlFileReader(long maxLineBytes, int chunkSize = DefaultChunkSize)
    {
        _maxLineBytes = Math.Max(1, maxLineBytes);
        _chunkSize = Math.Max(16, chunkSize);
    }

    /// <summary>
    /// Reads the stream to its end and yields its batches in file order. Once enumeration completes,
    /// <paramref name="scan"/> holds the byte count, SHA-256 and line count.
    /// </summary>
    public IEnumerable<LineBatch> ReadBatches(Stream stream, FileScanResult scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(scan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var state = new ReadState(ArrayPool<byte>.Shared.Rent(_chunkSize));
        try
        {
            state.HasBom = ReadBom(stream, state, sha);

            // The bytes read while looking for the byte order mark may hold whole lines, or fill the buffer.
            Scan(state);
            if (MakeRoom(state) is { } first)
            {
                yield return first;
            }

            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(state.Buffer, state.Filled, state.Buffer.Length - state.Filled);
                if (read == 0)
                {
                    if (Finish(state) is { } last)
                    {
                        yield return last;
                    }

                    scan.Complete(state.Bytes, Convert.ToHexStringLower(sha.GetHashAndReset()), state.HasBom, state.NextLine - 1);
                    yield break;
                }

                sha.AppendData(state.Buffer, state.Filled, read);
                state.Bytes += read;
                if (state.SkipStart > 0)
                {
                    ContinueSkip(state, read);
                }
                else
                {
                    state.Filled += read;
                }

                Scan(state);
                if (MakeRoom(state) is { } batch)
                {
                    yield return batch;
                }
            }
        }
        finally
        {
            if (state.Buffer.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(state.Buffer);
                state.Buffer = [];
            }
        }
    }

    private static bool ReadBom(Stream stream, ReadState state, IncrementalHash sha)
    {
        while (state.Filled < 3)
        {
            var read = stream.Read(state.Buffer, state.Filled, state.Buffer.Length - state.Filled);
            if (read == 0)
            {
                break;
            }

            sha.AppendData(state.Buffer, state.Filled, read);
            state.Filled += read;
            state.Bytes += read;
        }

        var hasBom = state.Buffer.AsSpan(0, state.Filled).StartsWith("\uFEFF"u8);
        state.LineStart = state.ScanFrom = hasBom ? 3 : 0;
        return hasBom;
    }

    /// <summary>Finds every complete line in the unscanned part of the buffer.</summary>
    private void Scan(ReadState state)
    {
        var buffer = state.Buffer;
        while (state.ScanFrom < state.Filled)
        {
            var index = buffer.AsSpan(state.ScanFrom, state.Filled - state.ScanFrom).IndexOf((byte)'\n');
            if (index < 0)
            {
                state.ScanFrom = state.Filled;
                return;
            }

            var end = state.ScanFrom + index;
            AddLine(state, state.LineStart, end, LineFlags.None);
            state.LineStart = state.ScanFrom = end + 1;
        }
    }

    private void AddLine(ReadState state, int start, int end, LineFlags flags)
    {
        if (end > start && state.Buffer[end - 1] == (byte)'\r')
        {
            end--;
            flags |= LineFlags.CarriageReturn;
        }

        if (state.NextLine == 1 && state.HasBom)
        {
            flags |= LineFlags.AfterBom;
        }

        var length = end - start;
        if (length > _maxLineBytes)
        {
            state.Lines.Add(new LineSlice(state.NextLine++, start, 0, flags | LineFlags.TooLong, length));
            return;
        }

        state.Lines.Add(new LineSlice(state.NextLine++, start, length, flags, length));
    }

    /// <summary>When the buffer is full: hand out the complete lines, or grow for a long line, or start skipping it.</summary>
    private LineBatch? MakeRoom(ReadState state)
    {
        if (state.Filled < state.Buffer.Length)
        {
            return null;
        }

        if (state.LineStart > 0)
        {
            return Emit(state, Math.Max(_chunkSize, state.Filled - state.LineStart + 1));
        }

        if (state.Filled > _maxLineBytes)
        {
            // The pending line is already too long: remember where it started and drop its bytes as they come.
            state.SkipStart = state.NextLine;
            state.SkipBytes = state.Filled;
            state.Filled = state.ScanFrom = 0;
            return null;
        }

        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(state.Buffer.Length * 2L, _maxLineBytes + 2));
        state.Buffer.AsSpan(0, state.Filled).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(state.Buffer);
        state.Buffer = bigger;
        return null;
    }

    /// <summary>Skip mode: the bytes just read belong to an over-long line until a <c>\n</c> shows up.</summary>
    private static void ContinueSkip(ReadState state, int read)
    {
        var index = state.Buffer.AsSpan(0, read).IndexOf((byte)'\n');
        if (index < 0)
        {
            state.SkipBytes += read;
            return;
        }

        state.SkipBytes += index;
        EndSkip(state, LineFlags.None);
        state.Buffer.AsSpan(index + 1, read - index - 1).CopyTo(state.Buffer);
        state.Filled = read - index - 1;
        state.LineStart = state.ScanFrom = 0;
    }

    private static void EndSkip(ReadState state, LineFlags flags)
    {
        state.Lines.Add(new LineSlice(state.NextLine++, 0, 0, flags | LineFlags.TooLong, state.SkipBytes));
        state.SkipStart = 0;
        state.SkipBytes = 0;
    }

    private LineBatch? Finish(ReadState state)
    {
        if (state.SkipStart > 0)
        {
            EndSkip(state, LineFlags.NoNewline);
        }
        else if (state.Filled > state.LineStart)
        {
            AddLine(state, state.LineStart, state.Filled, LineFlags.NoNewline);
            state.LineStart = state.Filled;
        }

        return state.Lines.Count > 0 ? Emit(state, 16) : null;
    }

    /// <summary>Hands the complete lines to the next stage and moves the partial line into a fresh buffer.</summary>
    private static LineBatch Emit(ReadState state, int nextSize)
    {
        var next = ArrayPool<byte>.Shared.Rent(nextSize);
        var tail = state.Filled - state.LineStart;
        state.Buffer.AsSpan(state.LineStart, tail).CopyTo(next);
        var batch = new LineBatch(state.Sequence++, state.Buffer, state.Lines);
        state.Buffer = next;
        state.Lines = [];
        state.Filled = tail;
        state.ScanFrom = tail;
        state.LineStart = 0;
        return batch;
    }
}

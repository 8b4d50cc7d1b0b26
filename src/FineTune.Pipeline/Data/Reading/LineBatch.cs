using System.Buffers;

namespace FineTune.Pipeline.Data.Reading;

/// <summary>
/// A run of consecutive lines whose bytes share one pooled buffer. The reader fills it, a worker checks its lines,
/// the ordered stage consumes the results and then <see cref="Release"/> gives the buffer back.
/// </summary>
internal sealed class LineBatch
{
    private byte[]? _buffer;

    public LineBatch(int sequence, byte[] buffer, List<LineSlice> lines)
    {
        Sequence = sequence;
        _buffer = buffer;
        Lines = lines;
    }

    /// <summary>Position of the batch in the file, from 0.</summary>
    public int Sequence { get; }

    public IReadOnlyList<LineSlice> Lines { get; }

    public ReadOnlyMemory<byte> Bytes(LineSlice line)
        => (_buffer ?? throw new ObjectDisposedException(nameof(LineBatch))).AsMemory(line.Offset, line.Length);

    public void Release()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

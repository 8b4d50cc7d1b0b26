using System.Buffers;

namespace FineTune.Pipeline.Data.Model;

/// <summary>One growing, pooled char buffer that holds every decoded string of the current example.</summary>
internal sealed class TextArena : IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int _length;

    public void Reset()
    {
        _length = 0;
        if (_buffer.Length > 4 * 1024 * 1024)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
        }
    }

    public ReadOnlySpan<char> this[TextRef text] => text.Exists ? _buffer.AsSpan(text.Start, text.Length) : default;

    /// <summary>Reserves room for <paramref name="maxChars"/> chars and returns the writable tail.</summary>
    public Span<char> Reserve(int maxChars)
    {
        if (_length + maxChars > _buffer.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + maxChars));
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        return _buffer.AsSpan(_length);
    }

    /// <summary>Keeps <paramref name="written"/> chars of the last reservation and returns where they start.</summary>
    public int Commit(int written)
    {
        var start = _length;
        _length += written;
        return start;
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
    }
}

using System.IO.Hashing;
using System.Text.Json;

namespace FineTune.Pipeline.Data.Parsing;

/// <summary>
/// Detects duplicate keys in every JSON object of a line (System.Text.Json keeps whichever it reads last, other
/// parsers the first). Keys are compared by a 64-bit hash of their unescaped UTF-8 bytes, per open object.
/// </summary>
internal sealed class KeyTracker
{
    private readonly HashSet<(int Frame, ulong Key)> _seen = [];
    private readonly List<(int Frame, ulong Key)> _order = [];
    private readonly Stack<(int Frame, int Start)> _frames = new();
    private int _nextFrame;

    public void Reset()
    {
        _seen.Clear();
        _order.Clear();
        _frames.Clear();
        _nextFrame = 0;
    }

    public void Push() => _frames.Push((_nextFrame++, _order.Count));

    public void Pop()
    {
        var (_, start) = _frames.Pop();
        for (var i = start; i < _order.Count; i++)
        {
            _seen.Remove(_order[i]);
        }

        _order.RemoveRange(start, _order.Count - start);
    }

    /// <summary>Records the property name the reader is on; false when the current object already had it.</summary>
    public bool TryAdd(ref Utf8JsonReader reader)
    {
        ulong hash;
        if (!reader.ValueIsEscaped)
        {
            hash = XxHash3.HashToUInt64(reader.ValueSpan);
        }
        else
        {
            var buffer = reader.ValueSpan.Length <= 512 ? stackalloc byte[512] : new byte[reader.ValueSpan.Length];
            var written = reader.CopyString(buffer);
            hash = XxHash3.HashToUInt64(buffer[..written]);
        }

        var entry = (_frames.Peek().Frame, hash);
        if (!_seen.Add(entry))
        {
            return false;
        }

        _order.Add(entry);
        return true;
    }
}

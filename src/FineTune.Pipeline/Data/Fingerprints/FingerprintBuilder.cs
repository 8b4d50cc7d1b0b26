using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FineTune.Pipeline.Data.Fingerprints;

/// <summary>An XxHash128 over tagged, length-prefixed fields, with an optional normalising text path.</summary>
internal sealed class FingerprintBuilder
{
    private readonly XxHash128 _hash = new();
    private readonly char[] _chunk = new char[256];

    public void Reset() => _hash.Reset();

    public void Tag(byte tag, int value = 0)
    {
        Span<byte> bytes = stackalloc byte[5];
        bytes[0] = tag;
        MemoryMarshal.Write(bytes[1..], in value);
        _hash.Append(bytes);
    }

    public void Text(byte tag, ReadOnlySpan<char> text)
    {
        Tag(tag, text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text));
    }

    public void Bytes(byte tag, ReadOnlySpan<byte> bytes)
    {
        Tag(tag, bytes.Length);
        _hash.Append(bytes);
    }

    /// <summary>Hashes the text lower-cased, with whitespace runs collapsed to one space and the ends trimmed.</summary>
    public void NormalizedText(byte tag, ReadOnlySpan<char> text)
    {
        Tag(tag);
        var chunk = _chunk.AsSpan();
        var used = 0;
        var pendingSpace = false;
        var any = false;
        foreach (var c in text)
        {
            char lower;
            if (c < 128)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
                {
                    pendingSpace = any;
                    continue;
                }

                lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = any;
                continue;
            }
            else
            {
                lower = char.ToLowerInvariant(c);
            }

            if (used + 2 > chunk.Length)
            {
                _hash.Append(MemoryMarshal.AsBytes(chunk[..used]));
                used = 0;
            }

            if (pendingSpace)
            {
                chunk[used++] = ' ';
                pendingSpace = false;
            }

            chunk[used++] = lower;
            any = true;
        }

        _hash.Append(MemoryMarshal.AsBytes(chunk[..used]));
    }

    public UInt128 Finish()
    {
        var value = _hash.GetCurrentHashAsUInt128();
        return value == UInt128.Zero ? UInt128.One : value;
    }
}

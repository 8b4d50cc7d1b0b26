using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FineTune.Pipeline.Data.Fingerprints;

/// <summary>An XxHash128 over tagged, length-prefixed fields, with an optional normalising text path.</summary>
internal sealed class FingerprintBuilder
{
    private readonly XxHash128 _hash = new();
    /// <summary>Every char that <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    private readonly char[] _chunk = new char[4096];

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
        var pendingSpace = false;
        var any = false;
        while (!text.IsEmpty)
        {
            // Lower-case a chunk at once (vectorised for ASCII), then copy its words with single spaces between.
            var take = Math.Min(text.Length, (_chunk.Length / 2) - 1);
            var lowered = _chunk.AsSpan(0, take);
            text[..take].ToLowerInvariant(lowered);
            text = text[take..];
            var output = _chunk.AsSpan(take);
            var used = 0;
            while (!lowered.IsEmpty)
            {
                var space = lowered.IndexOfAny(Whitespace);
                var word = space < 0 ? lowered : lowered[..space];
                if (!word.IsEmpty)
                {
                    if (pendingSpace && any)
                    {
                        output[used++] = ' ';
                    }

                    word.CopyTo(output[used..]);
                    used += word.Length;
                    any = true;
                    pendingSpace = false;
                }

                if (space < 0)
                {
                    break;
                }

                pendingSpace = true;
                var next = lowered[space..].IndexOfAnyExcept(Whitespace);
                lowered = next < 0 ? [] : lowered[(space + next)..];
            }

            _hash.Append(MemoryMarshal.AsBytes(output[..used]));
        }
    }

    public UInt128 Finish()
    {
        var value = _hash.GetCurrentHashAsUInt128();
        return value == UInt128.Zero ? UInt128.One : value;
    }
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FineTune.Pipeline.Data.Reading;

/// <summary>Byte-level UTF-8 helpers: validation with the failing offset, and byte offset → 1-based character column.</summary>
internal static class Utf8Text
{
    /// <summary>Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid.</summary>
    public static int FindInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>
    /// The 1-based column of <paramref name="byteOffset"/>: one plus the number of characters (Unicode scalar values)
    /// before it. Invalid bytes count one each.
    /// </summary>
    public static int Column(ReadOnlySpan<byte> line, int byteOffset)
    {
        var end = Math.Clamp(byteOffset, 0, line.Length);
        var prefix = line[..end];

        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        var continuation = 0;
        foreach (var b in prefix)
        {
            if ((b & 0xC0) == 0x80)
            {
                continuation++;
            }
        }

        return end - continuation + 1;
    }

    /// <summary>
    /// The 1-based column of the character at UTF-16 index <paramref name="charIndex"/> of a decoded JSON string whose
    /// raw value (opening quote included) starts at <paramref name="valueOffset"/>: walks the raw bytes, decoding
    /// escapes (<c>\n</c>, <c>\u00e9</c>, surrogate pairs) and UTF-8 sequences, until that many UTF-16 units are passed.
    /// </summary>
    public static int ColumnInString(ReadOnlySpan<byte> line, int valueOffset, int charIndex)
    {
        var position = Math.Clamp(valueOffset + 1, 0, line.Length);
        var units = 0;
        while (units < charIndex && position < line.Length && line[position] != (byte)'"')
        {
            if (line[position] == (byte)'\\')
            {
                position += position + 1 < line.Length && line[position + 1] == (byte)'u' ? 6 : 2;
                units++;
                continue;
            }

            var status = Rune.DecodeFromUtf8(line[position..], out var rune, out var consumed);
            units += status == OperationStatus.Done ? rune.Utf16SequenceLength : 1;
            position += Math.Max(consumed, 1);
        }

        return Column(line, Math.Min(position, line.Length));
    }

    /// <summary>Number of Unicode scalar values in UTF-16 text (a surrogate pair counts once).</summary>
    public static int ScalarCount(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        foreach (var c in text)
        {
            if (char.IsLowSurrogate(c))
            {
                count--;
            }
        }

        return count;
    }
}

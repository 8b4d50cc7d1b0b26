using System.Text;
using System.Text.Json;
using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Parsing;

internal sealed partial class ExampleParser
{
    /// <summary>Reads the value after a property name: its kind, its offset, and its text when it is a string.</summary>
    private (FieldKind Kind, int Offset, TextRef Text) ReadOptionalString(ref Utf8JsonReader reader)
    {
        reader.Read();
        var kind = FieldKindExtensions.FromToken(reader.TokenType);
        var offset = (int)reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.String)
        {
            return (kind, offset, Decode(ref reader));
        }

        Skip(ref reader);
        return (kind, offset, TextRef.None);
    }

    /// <summary>Unescapes the current string token into the example's text arena.</summary>
    private TextRef Decode(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        var destination = _example.Text.Reserve(raw.Length);
        int written;
        if (!reader.ValueIsEscaped)
        {
            written = reader.CopyString(destination);
        }
        else
        {
            // Unescape into our own buffer: the char overload rents one and clears it afterwards, which costs.
            if (_unescaped.Length < raw.Length)
            {
                _unescaped = new byte[Math.Max(raw.Length, _unescaped.Length * 2)];
            }

            var bytes = reader.CopyString(_unescaped);
            written = Encoding.UTF8.GetChars(_unescaped.AsSpan(0, bytes), destination);
        }

        var start = _example.Text.Commit(written);
        return new TextRef(start, written, (int)reader.TokenStartIndex, reader.ValueIsEscaped);
    }

    private TextRef DecodeKey(ref Utf8JsonReader reader) => Decode(ref reader);

    private void TrackKey(ref Utf8JsonReader reader)
    {
        if (!_keys.TryAdd(ref reader))
        {
            _example.DuplicateKeys.Add(Decode(ref reader));
        }
    }

    /// <summary>
    /// Skips the current value, checking depth and duplicate keys inside it. Iterative, so a depth bomb cannot
    /// overflow the stack; the reader's own depth limit sits just above <see cref="MaxDepth"/> as a backstop.
    /// </summary>
    private void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            _keys.Push();
        }

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    _keys.Push();
                    break;
                case JsonTokenType.EndObject:
                    _keys.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    TrackKey(ref reader);
                    break;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return;
            }
        }
    }
}

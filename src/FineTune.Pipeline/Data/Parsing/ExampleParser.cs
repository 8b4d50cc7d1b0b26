using System.Text.Json;
using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Parsing;

/// <summary>
/// Reads one JSONL line with <see cref="Utf8JsonReader"/> into a reusable <see cref="ChatExample"/>, keeping the
/// byte offset of every message and field. Never throws on bad input: malformed lines come back as a
/// <see cref="ParseResult"/> with the byte offset of the problem. Not thread-safe: one parser per worker.
/// </summary>
internal sealed partial class ExampleParser
{
    /// <summary>Deepest nesting accepted; deeper lines are rejected before the reader's own limit is reached.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        MaxDepth = MaxDepth + 2,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    private readonly KeyTracker _keys = new();
    private byte[] _unescaped = new byte[4096];
    private ChatExample _example = null!;

    public ParseResult Parse(ReadOnlyMemory<byte> line, ChatExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        example.Reset(line);
        _example = example;
        _keys.Reset();
        var reader = new Utf8JsonReader(line.Span, ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                return new ParseResult(ParseStatus.InvalidJson, 0, "the line holds no JSON value");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var kind = FieldKindExtensions.FromToken(reader.TokenType);
                return new ParseResult(ParseStatus.NotObject, (int)reader.TokenStartIndex, kind.Describe());
            }

            ReadTop(ref reader);
            while (reader.Read())
            {
                // A second value on the line makes the reader throw; nothing else can follow the object.
            }

            return ParseResult.Success;
        }
        catch (JsonException ex)
        {
            return Classify(line.Span, (int)(ex.BytePositionInLine ?? 0), ex.Message);
        }
        catch (InvalidOperationException)
        {
            // Only reachable when a caller skipped UTF-8 validation: a string that cannot be transcoded.
            return new ParseResult(ParseStatus.InvalidJson, (int)reader.TokenStartIndex, "a string holds invalid UTF-8 or an unpaired surrogate escape");
        }
    }

    private static ParseResult Classify(ReadOnlySpan<byte> line, int position, string message)
    {
        position = Math.Clamp(position, 0, line.Length);
        if (JsonNesting.DepthAt(line, position) >= MaxDepth)
        {
            return new ParseResult(ParseStatus.TooDeep, position, $"nesting deeper than {MaxDepth} levels");
        }

        var rest = line[position..];
        var before = position > 0 ? line[position - 1] : (byte)0;
        if (rest.StartsWith("NaN"u8) || rest.StartsWith("Infinity"u8) || rest.StartsWith("-Infinity"u8)
            || (before == (byte)'-' && rest.StartsWith("Infinity"u8)))
        {
            return new ParseResult(ParseStatus.NonFiniteNumber, before == (byte)'-' ? position - 1 : position, "NaN/Infinity");
        }

        return new ParseResult(ParseStatus.InvalidJson, position, CleanMessage(message));
    }

    /// <summary>Drops the reader's "LineNumber: 0 | BytePositionInLine: 12." tail: the diagnostic has its own position.</summary>
    private static string CleanMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).Trim();
        return text.TrimEnd('.');
    }

    private void ReadTop(ref Utf8JsonReader reader)
    {
        _keys.Push();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            TrackKey(ref reader);
            if (reader.ValueTextEquals("input"u8))
            {
                reader.Read();
                _example.InputKind = FieldKindExtensions.FromToken(reader.TokenType);
                _example.InputOffset = (int)reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    ReadInput(ref reader);
                }
                else
                {
                    Skip(ref reader);
                }
            }
            else if (!TryReadConversationKey(ref reader) && !TryReadPreferenceKey(ref reader))
            {
                _example.UnknownKeys.Add(DecodeKey(ref reader));
                reader.Read();
                Skip(ref reader);
            }
        }

        _keys.Pop();
    }

    /// <summary>DPO <c>input</c>: the prompt conversation and its tools.</summary>
    private void ReadInput(ref Utf8JsonReader reader)
    {
        _keys.Push();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            TrackKey(ref reader);
            if (!TryReadConversationKey(ref reader))
            {
                _example.UnknownKeys.Add(DecodeKey(ref reader));
                reader.Read();
                Skip(ref reader);
            }
        }

        _keys.Pop();
    }
}

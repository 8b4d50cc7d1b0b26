using System.Text.Json;
using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Parsing;

internal sealed partial class ExampleParser
{
    private void ReadToolCalls(ref Utf8JsonReader reader, ChatMessage message)
    {
        reader.Read();
        message.ToolCallsKind = FieldKindExtensions.FromToken(reader.TokenType);
        message.ToolCallsOffset = (int)reader.TokenStartIndex;
        message.ToolCalls.Clear();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Skip(ref reader);
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var call = message.ToolCalls.Add();
            call.ByteOffset = (int)reader.TokenStartIndex;
            call.ElementKind = FieldKindExtensions.FromToken(reader.TokenType);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Skip(ref reader);
                continue;
            }

            _keys.Push();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                TrackKey(ref reader);
                if (reader.ValueTextEquals("id"u8))
                {
                    (call.IdKind, _, call.Id) = ReadOptionalString(ref reader);
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    (call.TypeKind, _, call.Type) = ReadOptionalString(ref reader);
                }
                else if (reader.ValueTextEquals("function"u8))
                {
                    ReadFunction(ref reader, call);
                }
                else
                {
                    reader.Read();
                    Skip(ref reader);
                }
            }

            _keys.Pop();
        }
    }

    private void ReadFunction(ref Utf8JsonReader reader, ToolCall call)
    {
        reader.Read();
        call.FunctionKind = FieldKindExtensions.FromToken(reader.TokenType);
        call.FunctionOffset = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Skip(ref reader);
            return;
        }

        _keys.Push();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            TrackKey(ref reader);
            if (reader.ValueTextEquals("name"u8))
            {
                (call.NameKind, _, call.Name) = ReadOptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("arguments"u8))
            {
                (call.ArgumentsKind, call.ArgumentsOffset, call.Arguments) = ReadOptionalString(ref reader);
            }
            else
            {
                reader.Read();
                Skip(ref reader);
            }
        }

        _keys.Pop();
    }
}

using System.Text.Json;
using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Parsing;

internal sealed partial class ExampleParser
{
    private void ReadMessage(ref Utf8JsonReader reader, ChatMessage message)
    {
        _keys.Push();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            TrackKey(ref reader);
            if (reader.ValueTextEquals("role"u8))
            {
                (message.RoleKind, message.RoleOffset, message.Role) = ReadOptionalString(ref reader);
                message.RoleValue = message.RoleKind == FieldKind.String ? MessageRoles.Parse(_example[message.Role]) : MessageRole.None;
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                ReadContent(ref reader, message);
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                (message.NameKind, message.NameOffset, message.Name) = ReadOptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("weight"u8))
            {
                reader.Read();
                message.WeightKind = FieldKindExtensions.FromToken(reader.TokenType);
                message.WeightOffset = (int)reader.TokenStartIndex;
                message.Weight = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var weight) ? weight : double.NaN;
                Skip(ref reader);
            }
            else if (reader.ValueTextEquals("tool_calls"u8))
            {
                ReadToolCalls(ref reader, message);
            }
            else if (reader.ValueTextEquals("tool_call_id"u8))
            {
                (message.ToolCallIdKind, message.ToolCallIdOffset, message.ToolCallId) = ReadOptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("function_call"u8))
            {
                message.FunctionCall.Reset();
                ReadFunction(ref reader, message.FunctionCall);
                message.FunctionCallKind = message.FunctionCall.FunctionKind;
            }
            else
            {
                message.UnknownKeys.Add(DecodeKey(ref reader));
                reader.Read();
                Skip(ref reader);
            }
        }

        _keys.Pop();
    }

    private void ReadContent(ref Utf8JsonReader reader, ChatMessage message)
    {
        reader.Read();
        message.ContentKind = FieldKindExtensions.FromToken(reader.TokenType);
        message.ContentOffset = (int)reader.TokenStartIndex;
        message.Content = TextRef.None;
        message.Parts.Clear();
        if (reader.TokenType == JsonTokenType.String)
        {
            message.Content = Decode(ref reader);
            return;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Skip(ref reader);
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var part = message.Parts.Add();
            part.ByteOffset = (int)reader.TokenStartIndex;
            part.ElementKind = FieldKindExtensions.FromToken(reader.TokenType);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                Skip(ref reader);
                continue;
            }

            _keys.Push();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                TrackKey(ref reader);
                if (reader.ValueTextEquals("type"u8))
                {
                    (part.TypeKind, _, part.Type) = ReadOptionalString(ref reader);
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    (part.TextKind, _, part.Text) = ReadOptionalString(ref reader);
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
}

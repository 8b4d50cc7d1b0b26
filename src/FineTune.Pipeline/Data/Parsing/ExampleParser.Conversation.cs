using System.Text.Json;
using FineTune.Pipeline.Data.Model;

namespace FineTune.Pipeline.Data.Parsing;

internal sealed partial class ExampleParser
{
    /// <summary>Reads <c>messages</c>, <c>tools</c> or <c>parallel_tool_calls</c> when the reader is on one of those keys.</summary>
    private bool TryReadConversationKey(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("messages"u8))
        {
            reader.Read();
            _example.MessagesKind = FieldKindExtensions.FromToken(reader.TokenType);
            _example.MessagesOffset = (int)reader.TokenStartIndex;
            ReadMessageArray(ref reader, _example.Messages);
            return true;
        }

        if (reader.ValueTextEquals("tools"u8))
        {
            reader.Read();
            _example.ToolsKind = FieldKindExtensions.FromToken(reader.TokenType);
            _example.ToolsOffset = (int)reader.TokenStartIndex;
            Skip(ref reader);
            _example.ToolsLength = (int)reader.BytesConsumed - _example.ToolsOffset;
            return true;
        }

        if (reader.ValueTextEquals("parallel_tool_calls"u8))
        {
            reader.Read();
            _example.ParallelToolCallsKind = FieldKindExtensions.FromToken(reader.TokenType);
            _example.ParallelToolCallsOffset = (int)reader.TokenStartIndex;
            Skip(ref reader);
            return true;
        }

        return false;
    }

    /// <summary>Reads <c>preferred_output</c> or <c>non_preferred_output</c> (DPO) when the reader is on one of those keys.</summary>
    private bool TryReadPreferenceKey(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("preferred_output"u8))
        {
            reader.Read();
            _example.PreferredKind = FieldKindExtensions.FromToken(reader.TokenType);
            _example.PreferredOffset = (int)reader.TokenStartIndex;
            ReadMessageArray(ref reader, _example.Preferred);
            return true;
        }

        if (reader.ValueTextEquals("non_preferred_output"u8))
        {
            reader.Read();
            _example.NonPreferredKind = FieldKindExtensions.FromToken(reader.TokenType);
            _example.NonPreferredOffset = (int)reader.TokenStartIndex;
            ReadMessageArray(ref reader, _example.NonPreferred);
            return true;
        }

        return false;
    }

    private void ReadMessageArray(ref Utf8JsonReader reader, ReusableList<ChatMessage> messages)
    {
        messages.Clear();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            Skip(ref reader);
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var message = messages.Add();
            message.ByteOffset = (int)reader.TokenStartIndex;
            message.ElementKind = FieldKindExtensions.FromToken(reader.TokenType);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadMessage(ref reader, message);
            }
            else
            {
                Skip(ref reader);
            }
        }
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Generation.Prompts;

namespace FineTune.Pipeline.Generation.Output;

/// <summary>
/// An answer as a training example: <c>{"messages": [prompt turns…, {"role": "assistant", "content": answer}]}</c>,
/// nothing else on the line (OpenAI rejects unknown keys in training files). The prompt turns are the prompt's
/// own, so the line names its prompt by <see cref="PromptHash"/>: that is how the output is keyed without an id field.
/// </summary>
public static class TrainingLine
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(IReadOnlyList<ChatMessage> prompt, string answer)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(answer);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("messages");
            foreach (var m in prompt.Append(ChatMessage.Assistant(answer)))
            {
                writer.WriteStartObject();
                writer.WriteString("role", m.Role);
                writer.WriteString("content", m.Content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The hash of the prompt a line answers, or null when the line is not a chat example ending with an assistant turn.</summary>
    public static string? PromptHashOf(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("messages", out var messages)
                || messages.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var turns = new List<ChatMessage>();
            foreach (var m in messages.EnumerateArray())
            {
                if (m.ValueKind != JsonValueKind.Object
                    || !m.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String
                    || !m.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                turns.Add(new ChatMessage(role.GetString()!, content.GetString()!));
            }

            return turns.Count >= 2 && turns[^1].Role == "assistant" ? PromptHash.Compute(turns[..^1]) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>True when the bytes are one complete JSON value (a torn line is not).</summary>
    public static bool IsCompleteJson(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            return reader.BytesConsumed == line.TrimEnd("\r \t"u8).Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

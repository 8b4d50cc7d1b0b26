using System.Text.Json;
using FineTune.Pipeline.Lora.Chat;
using FineTune.Pipeline.Training;

namespace FineTune.Pipeline.Lora.Runner;

/// <summary>
/// Reads a chat JSONL file (<c>{"messages":[{"role":…,"content":…}]}</c> per line, already validated)
/// into encoded examples named <c>file:line</c> after the line of the user's file they came from.
/// Text parts of array contents are joined; a null content (a tool call) is empty text.
/// </summary>
internal static class ChatJsonl
{
    public static List<EncodedExample> Read(TrainingInput input, ChatEncoder encoder)
    {
        var examples = new List<EncodedExample>();
        var number = 0;
        foreach (var line in File.ReadLines(input.Path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var name = $"{input.Display}:{input.SourceLine(number)}";
            examples.Add(encoder.Encode(Messages(line, name), name));
        }

        return examples;
    }

    private static List<ChatMessage> Messages(string line, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.GetProperty("messages").EnumerateArray()
                .Select(m => new ChatMessage(m.GetProperty("role").GetString() ?? "user", Content(m)))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TrainingException(TrainingFailure.InvalidRequest, $"{name}: not a chat example ({e.Message}); run 'finetune validate'.");
        }
    }

    private static string Content(JsonElement message) =>
        !message.TryGetProperty("content", out var content) ? string.Empty : content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(p => p.TryGetProperty("text", out _))
                .Select(p => p.GetProperty("text").GetString())),
            _ => string.Empty,
        };
}

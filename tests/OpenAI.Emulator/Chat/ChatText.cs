using System.Text.Json;

namespace OpenAI.Emulator;

/// <summary>Text helpers shared by training-file parsing and chat matching.</summary>
public static class ChatText
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']'];

    /// <summary>The text of a message's <c>content</c>: a string, or the joined <c>text</c> parts; null when absent.</summary>
    public static string? Of(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return null;
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString(),
            JsonValueKind.Array => string.Join(
                "\n",
                content.EnumerateArray()
                    .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                    .Select(p => p.GetProperty("text").GetString())),
            _ => null,
        };
    }

    /// <summary>Lower-cased words, punctuation dropped: the unit of prompt matching and token estimates.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}

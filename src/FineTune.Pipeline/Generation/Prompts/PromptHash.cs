using System.Security.Cryptography;
using System.Text.Json;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Generation.Prompts;

/// <summary>
/// SHA-256 (lower-case hex) of a canonical JSON of the prompt's messages (role and content, in order). The
/// same conversation gives the same hash whether it came from the prompts file or from an answer line.
/// </summary>
public static class PromptHash
{
    public static string Compute(IReadOnlyList<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var m in messages)
            {
                writer.WriteStartObject();
                writer.WriteString("role", m.Role);
                writer.WriteString("content", m.Content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>The id of a prompt that has none: the hash's first 16 hex digits.</summary>
    public static string DefaultId(string hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return hash[..16];
    }
}

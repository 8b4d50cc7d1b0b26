using System.Security.Cryptography;
using System.Text.Json;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// SHA-256 of a canonical JSON of endpoint, model, messages, sampling settings and repeat index: the
/// same request (and only the same request) hits the same cache entry. No secret goes into it.
/// </summary>
public static class CacheKey
{
    private const int Version = 1;

    public static string Compute(string endpoint, string model, IReadOnlyList<ChatMessage> messages, GenerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(settings);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("endpoint", endpoint);
            writer.WriteString("model", model);
            writer.WriteStartArray("messages");
            foreach (var m in messages)
            {
                writer.WriteStartObject();
                writer.WriteString("role", m.Role);
                writer.WriteString("content", m.Content);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("temperature", settings.Temperature);
            WriteNullable(writer, "max_tokens", settings.MaxTokens);
            WriteNullable(writer, "top_p", settings.TopP);
            WriteNullable(writer, "seed", settings.Seed);
            writer.WriteNumber("repeat", settings.Repeat);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

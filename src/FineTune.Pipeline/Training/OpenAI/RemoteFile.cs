using System.Text.Json;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>A file on the endpoint.</summary>
internal sealed record RemoteFile(string Id, string Filename, long Bytes, string? Purpose)
{
    public static RemoteFile Parse(JsonElement e) => new(e.Str("id") ?? string.Empty, e.Str("filename") ?? string.Empty, e.Long("bytes") ?? -1, e.Str("purpose"));
}

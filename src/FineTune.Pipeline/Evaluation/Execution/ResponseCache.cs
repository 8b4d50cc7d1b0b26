using System.Text.Json;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Completions on disk, one small JSON file per request key (<c>ab/abcdef….json</c>). Writes go to a
/// temporary file that is then renamed over the target, so a cancelled run never leaves a torn entry;
/// an unreadable entry is treated as a miss and rewritten.
/// </summary>
public sealed class ResponseCache
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public ResponseCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
    }

    public string Directory { get; }

    public ChatResult? TryGet(string key)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(path), Json);
            return entry?.Text is null ? null : new ChatResult(entry.Text, entry.InputTokens, entry.OutputTokens) { FromCache = true, Attempts = 0 };
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    public void Put(string key, ChatResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new Entry(result.Text, result.InputTokens, result.OutputTokens), Json));
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string key)
    {
        if (key.Length < 8 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Cache keys are lower-case hex digests.", nameof(key));
        }

        return Path.Combine(Directory, key[..2], key + ".json");
    }

    private sealed record Entry(string Text, int InputTokens, int OutputTokens);
}

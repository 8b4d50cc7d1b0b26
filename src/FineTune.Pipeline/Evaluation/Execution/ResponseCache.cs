using System.Collections.Concurrent;
using System.Text.Json;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Execution;

/// <summary>
/// Completions on disk, one small JSON file per request key (<c>ab/abcdef….json</c>). Each write goes to
/// a temporary file that is then renamed over the target, so a cancelled run never leaves a torn entry;
/// an unreadable entry is a miss. Writes happen behind the run on one dedicated thread (blocking file
/// I/O on pool threads would starve the requests in flight); until written, an entry is served from
/// memory. <see cref="FlushAsync"/> waits for every write — the pipeline calls it also when cancelled.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly ConcurrentDictionary<string, ChatResult> _pending = new(StringComparer.Ordinal);
    private readonly BlockingCollection<string> _queue = [];
    private readonly Lazy<Task> _writer;

    public ResponseCache(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory = Path.GetFullPath(directory);
        _writer = new Lazy<Task>(() => Task.Factory.StartNew(WriteLoop, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
    }

    public string Directory { get; }

    public ChatResult? TryGet(string key)
    {
        if (_pending.TryGetValue(key, out var pending))
        {
            return pending with { FromCache = true, Attempts = 0 };
        }

        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(path), Json);
            return entry?.Text is null ? null : new ChatResult(entry.Text, entry.InputTokens, entry.OutputTokens) { FromCache = true, Attempts = 0, Truncated = entry.Truncated };
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    /// <summary>Stores a completion: visible to <see cref="TryGet"/> at once, on disk soon after.</summary>
    public void Put(string key, ChatResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _ = PathOf(key);
        _pending[key] = result;
        if (!_queue.IsAddingCompleted)
        {
            _ = _writer.Value;
            try
            {
                _queue.Add(key);
                return;
            }
            catch (InvalidOperationException)
            {
                // Flushed in the meantime: write it here.
            }
        }

        Write(key);
    }

    /// <summary>Waits until every stored completion is on disk. Later puts are written synchronously.</summary>
    public Task FlushAsync()
    {
        _queue.CompleteAdding();
        return _writer.IsValueCreated ? _writer.Value : Task.CompletedTask;
    }

    public void Dispose()
    {
        FlushAsync().GetAwaiter().GetResult();
        _queue.Dispose();
    }

    private void WriteLoop()
    {
        foreach (var key in _queue.GetConsumingEnumerable())
        {
            try
            {
                Write(key);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The cache is an optimisation: a failed write costs a request next time, nothing more.
                _pending.TryRemove(key, out _);
            }
        }
    }

    private void Write(string key)
    {
        if (!_pending.TryGetValue(key, out var result))
        {
            return;
        }

        var path = PathOf(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(new Entry(result.Text, result.InputTokens, result.OutputTokens, result.Truncated), Json));
        File.Move(temporary, path, overwrite: true);
        _pending.TryRemove(key, out _);
    }

    private string PathOf(string key)
    {
        if (key.Length < 8 || !key.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Cache keys are lower-case hex digests.", nameof(key));
        }

        return Path.Combine(Directory, key[..2], key + ".json");
    }

    private sealed record Entry(string Text, int InputTokens, int OutputTokens, bool Truncated = false);
}

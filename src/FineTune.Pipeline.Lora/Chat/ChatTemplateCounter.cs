using System.Collections.Concurrent;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Lora.Chat;

/// <summary>
/// Counts examples for the validator exactly as <see cref="ChatEncoder"/> encodes them for training. The validator
/// counts on every core at once, so each call borrows a tokenizer of its own from a pool (one per concurrent
/// worker, loaded on first need) rather than sharing one native tokenizer across threads.
/// </summary>
public sealed class ChatTemplateCounter : IChatTemplateCounter
{
    private readonly string _folder;
    private readonly ChatFormat? _format;
    private readonly ConcurrentBag<HfTokenizer> _pool = [];
    private readonly ConcurrentQueue<HfTokenizer> _all = new();

    /// <summary>Loads the tokenizer of <paramref name="folder"/> once, so a folder without one fails here, readably.</summary>
    public ChatTemplateCounter(string folder, ChatFormat? format, string display)
    {
        if (!File.Exists(Path.Combine(folder, "tokenizer.json")))
        {
            throw new InvalidDataException($"{display} has no tokenizer.json");
        }

        _folder = folder;
        _format = format;
        HfTokenizer first;
        try
        {
            first = Load();
        }
        catch (Exception e) when (e is not InvalidDataException)
        {
            throw new InvalidDataException($"{display}/tokenizer.json could not be loaded: {e.Message}", e);
        }

        _pool.Add(first);
        Format = first.Format;
        Description = $"tokenizer.json of {display} ({(Format == ChatFormat.Llama3 ? "llama3" : "chatml")} template)";
    }

    public ChatFormat Format { get; }

    public string Description { get; }

    public ChatTemplateCount Count(IReadOnlyList<ChatTurn> turns, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(turns);
        if (!_pool.TryTake(out var tokenizer))
        {
            tokenizer = Load();
        }

        try
        {
            var encoded = new ChatEncoder(tokenizer).Encode([.. turns.Select(t => new ChatMessage(t.Role, t.Content))]);
            var cut = 0;
            for (var i = Math.Max(0, maxLength); i < encoded.Trained.Length; i++)
            {
                cut += encoded.Trained[i] ? 1 : 0;
            }

            return new ChatTemplateCount(encoded.Length, encoded.TrainedCount, cut);
        }
        finally
        {
            _pool.Add(tokenizer);
        }
    }

    public void Dispose()
    {
        while (_all.TryDequeue(out var tokenizer))
        {
            tokenizer.Dispose();
        }
    }

    private HfTokenizer Load()
    {
        var tokenizer = new HfTokenizer(_folder, _format);
        _all.Enqueue(tokenizer);
        return tokenizer;
    }
}

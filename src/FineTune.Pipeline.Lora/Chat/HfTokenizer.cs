using System.Text.Json.Nodes;
using Tokenizers.DotNet;

namespace FineTune.Pipeline.Lora.Chat;

/// <summary>
/// Hugging Face's own tokenizer (Rust <c>tokenizers</c> via Tokenizers.DotNet) loaded from
/// <c>tokenizer.json</c>, with the special tokens and chat format from <c>tokenizer_config.json</c>.
/// </summary>
public sealed class HfTokenizer : IDisposable
{
    private readonly Tokenizer _tokenizer;
    private readonly Dictionary<string, int> _specials;
    private readonly Dictionary<int, string> _specialsById;
    private readonly int _addedPrefix;

    public HfTokenizer(string folder, ChatFormat? format = null)
    {
        var json = Path.Combine(folder, "tokenizer.json");
        _tokenizer = new Tokenizer(vocabPath: json);
        var root = JsonNode.Parse(File.ReadAllText(json))!;
        _specials = root["added_tokens"]?.AsArray().ToDictionary(t => t!["content"]!.GetValue<string>(), t => t!["id"]!.GetValue<int>()) ?? [];
        _specialsById = _specials.ToDictionary(p => p.Value, p => p.Key);
        _addedPrefix = _tokenizer.Encode(string.Empty).Length; // e.g. a BOS the post-processor adds to every encode

        var configPath = Path.Combine(folder, "tokenizer_config.json");
        var config = File.Exists(configPath) ? JsonNode.Parse(File.ReadAllText(configPath)) : null;
        var template = config?["chat_template"]?.ToString() ?? "";
        Format = format ?? (template.Contains("<|start_header_id|>", StringComparison.Ordinal) || _specials.ContainsKey("<|start_header_id|>")
            ? ChatFormat.Llama3
            : ChatFormat.ChatMl);
        BosToken = Token(config?["bos_token"]);
        EosToken = Token(config?["eos_token"]) ?? (Format == ChatFormat.Llama3 ? "<|eot_id|>" : "<|im_end|>");
        PadToken = Token(config?["pad_token"]) ?? EosToken;
    }

    public ChatFormat Format { get; }

    public string? BosToken { get; }

    public string EosToken { get; }

    public string PadToken { get; }

    /// <summary>The token that ends an assistant turn: <c>&lt;|eot_id|&gt;</c> or <c>&lt;|im_end|&gt;</c>.</summary>
    public int EndOfTurnId => SpecialId(Format == ChatFormat.Llama3 ? "<|eot_id|>" : "<|im_end|>");

    public int PadId => SpecialId(PadToken);

    /// <summary>Ids that stop generation: end of turn, end of sequence.</summary>
    public IReadOnlySet<int> StopIds => new[] { EndOfTurnId, SpecialId(EosToken) }
        .Concat(_specials.TryGetValue("<|end_of_text|>", out var eot) ? [eot] : Array.Empty<int>())
        .Concat(_specials.TryGetValue("<|endoftext|>", out var eos) ? [eos] : Array.Empty<int>())
        .ToHashSet();

    public int SpecialId(string token) => _specials.TryGetValue(token, out var id)
        ? id
        : throw new InvalidDataException($"tokenizer.json has no special token {token}.");

    /// <summary>Text → ids, without the tokens a post-processor adds (chat formatting places those itself).</summary>
    public int[] Encode(string text) => _tokenizer.Encode(text).Skip(_addedPrefix).Select(i => (int)i).ToArray();

    /// <summary>Ids → text; special tokens are written out unless <paramref name="skipSpecialTokens"/>.</summary>
    public string Decode(IEnumerable<int> ids, bool skipSpecialTokens = false)
    {
        var text = new System.Text.StringBuilder();
        var run = new List<uint>();
        void Flush()
        {
            if (run.Count > 0)
            {
                text.Append(_tokenizer.Decode([.. run]));
                run.Clear();
            }
        }

        foreach (var id in ids)
        {
            if (_specialsById.TryGetValue(id, out var special))
            {
                Flush();
                text.Append(skipSpecialTokens ? "" : special);
            }
            else
            {
                run.Add((uint)id);
            }
        }

        Flush();
        return text.ToString();
    }

    public void Dispose() => _tokenizer.Dispose();

    private static string? Token(JsonNode? node) => node switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonObject o => o["content"]?.GetValue<string>(),
        _ => null,
    };
}

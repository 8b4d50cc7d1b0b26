using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FineTune.Pipeline.Benchmarks;

/// <summary>
/// Writes a deterministic, varied chat JSONL file: support dialogues in English with a Zipf-like vocabulary,
/// code blocks, CJK text, emoji, tool calls with tool answers, multi-turn conversations and a few system prompts.
/// The same seed and size always give the same bytes.
/// </summary>
internal sealed class ChatDataGenerator
{
    private static readonly string[] CommonWords =
    [
        "the", "order", "shipping", "refund", "customer", "please", "thank", "you", "delivery", "account", "password",
        "reset", "payment", "invoice", "subscription", "cancel", "update", "address", "tracking", "number", "package",
        "support", "ticket", "issue", "problem", "error", "message", "app", "phone", "email", "login", "help", "with",
        "and", "to", "of", "a", "in", "is", "it", "that", "for", "on", "your", "can", "we", "I", "my", "will", "be",
        "have", "this", "not", "are", "was", "but", "they", "from", "at", "or", "as", "what", "when", "how", "which",
        "would", "could", "should", "there", "their", "about", "into", "than", "more", "some", "time", "day", "week",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ne", "tra", "ver", "son", "pli", "qua", "dor", "fen", "gri", "hul", "jas", "wex", "zor",
        "bri", "cal", "dex", "eth", "fyn", "gor", "hap", "ist", "jun", "kel", "lum", "mor", "nax", "oph", "pex", "rud",
    ];

    private static readonly string[] Emoji = ["🙂", "🚀", "📦", "✅", "❌", "🎉", "👍", "🔥", "💡", "⚠️", "👩‍💻", "🇩🇪"];

    private static readonly string[] SystemPrompts =
    [
        "You are a customer support agent for TechCorp. Always be concise, empathetic, and offer concrete next steps.",
        "You are a senior software engineer. Answer with working code and a short explanation.",
        "你是一个乐于助人的客服助手。请用简洁的中文回答。",
    ];

    private readonly Random _random;
    private readonly string[] _vocabulary;

    public ChatDataGenerator(int seed)
    {
        _random = new Random(seed);
        _vocabulary = new string[30_000];
        for (var i = 0; i < _vocabulary.Length; i++)
        {
            var builder = new StringBuilder();
            var parts = 1 + _random.Next(4);
            for (var p = 0; p < parts; p++)
            {
                builder.Append(Syllables[_random.Next(Syllables.Length)]);
            }

            _vocabulary[i] = builder.ToString();
        }
    }

    public void Write(string path, long bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var newline = "\n"u8.ToArray();
        while (stream.Position + writer.BytesPending < bytes)
        {
            WriteExample(writer);
            writer.Flush();
            stream.Write(newline);
            writer.Reset(stream);
        }
    }

    private void WriteExample(Utf8JsonWriter writer)
    {
        var kind = _random.Next(10);
        writer.WriteStartObject();
        if (kind == 9)
        {
            WriteTools(writer);
        }

        writer.WriteStartArray("messages");
        Message(writer, "system", SystemPrompts[_random.Next(10) < 8 ? 0 : 1 + _random.Next(2)]);
        var turns = 1 + (_random.Next(4) == 0 ? _random.Next(4) : 0);
        for (var t = 0; t < turns; t++)
        {
            Message(writer, "user", Text(kind));
            if (kind == 9 && t == 0)
            {
                ToolRound(writer);
            }

            Message(writer, "assistant", Text(kind));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private string Text(int kind) => kind switch
    {
        < 5 or 9 => Prose(20 + _random.Next(120)),
        5 or 6 => Prose(10 + _random.Next(40)) + "\n\n```csharp\n" + Code(4 + _random.Next(20)) + "```\n",
        7 => Cjk(20 + _random.Next(150)),
        _ => Prose(10 + _random.Next(60)) + " " + Emoji[_random.Next(Emoji.Length)] + " " + Prose(5 + _random.Next(20)),
    };

    private string Prose(int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            var roll = _random.NextDouble();
            var word = roll < 0.75
                ? CommonWords[(int)(CommonWords.Length * Math.Pow(_random.NextDouble(), 2))]
                : _vocabulary[(int)(_vocabulary.Length * Math.Pow(_random.NextDouble(), 3))];
            builder.Append(i == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            builder.Append(_random.Next(12) switch { 0 => ", ", 1 => ". ", 2 when i % 7 == 0 => $" #{_random.Next(100_000, 999_999)} ", _ => " " });
        }

        return builder.Append('.').ToString();
    }

    private string Code(int lines)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var name = _vocabulary[_random.Next(2000)];
            builder.Append(new string(' ', 4 * _random.Next(3)));
            builder.Append(_random.Next(4) switch
            {
                0 => $"var {name} = await client.GetAsync(\"/api/{name}/{_random.Next(1000)}\");",
                1 => $"if ({name}.Count > {_random.Next(100)}) {{ return {name}[0]; }}",
                2 => $"// {Prose(6)}",
                _ => $"public static int {char.ToUpperInvariant(name[0])}{name[1..]}(int x) => x * {_random.Next(10)} + 1;",
            });
            builder.Append('\n');
        }

        return builder.ToString();
    }

    private string Cjk(int chars)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < chars; i++)
        {
            builder.Append((char)(0x4E00 + (int)(3000 * Math.Pow(_random.NextDouble(), 2))));
            if (_random.Next(15) == 0)
            {
                builder.Append('，');
            }
        }

        return builder.Append('。').ToString();
    }

    private void ToolRound(Utf8JsonWriter writer)
    {
        var id = $"call_{_random.Next(1_000_000):D6}";
        writer.WriteStartObject();
        writer.WriteString("role", "assistant");
        writer.WriteNull("content");
        writer.WriteStartArray("tool_calls");
        writer.WriteStartObject();
        writer.WriteString("id", id);
        writer.WriteString("type", "function");
        writer.WriteStartObject("function");
        writer.WriteString("name", "get_order_status");
        writer.WriteString("arguments", $"{{\"order_id\": \"TC-{_random.Next(100_000, 999_999)}\"}}");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("role", "tool");
        writer.WriteString("tool_call_id", id);
        writer.WriteString("content", $"{{\"status\": \"in_transit\", \"eta_days\": {_random.Next(1, 9)}}}");
        writer.WriteEndObject();
    }

    private static void WriteTools(Utf8JsonWriter writer)
    {
        writer.WritePropertyName("tools");
        writer.WriteRawValue("""[{"type":"function","function":{"name":"get_order_status","description":"Look up the status of an order.","parameters":{"type":"object","properties":{"order_id":{"type":"string","description":"The order number, e.g. TC-123456."}},"required":["order_id"]}}}]""");
    }

    private static void Message(Utf8JsonWriter writer, string role, string content)
    {
        writer.WriteStartObject();
        writer.WriteString("role", role);
        writer.WriteString("content", content);
        writer.WriteEndObject();
    }
}

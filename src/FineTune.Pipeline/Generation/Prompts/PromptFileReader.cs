using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FineTune.Pipeline.Data.Reading;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Generation.Prompts;

/// <summary>
/// Reads the prompts JSONL. Each non-blank line is <c>{"id"?, "prompt": "..."}</c> (the shared
/// <c>generate.system</c> goes before it) or <c>{"id"?, "messages": [...]}</c>, a conversation whose last turn
/// is the user's. Every problem is a diagnostic on its line and column; nothing throws for bad data.
/// </summary>
public static class PromptFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="path">Absolute path of the prompts file (it exists).</param>
    /// <param name="system">The shared system prompt of plain prompts, or null.</param>
    /// <param name="display">How diagnostics name the file.</param>
    public static PromptSet Read(string path, string? system, string display)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        var context = new PromptLineParser(display, system);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        var lineNumber = 0;
        while (start <= bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var line = bytes.AsSpan(start, (end < 0 ? bytes.Length : end) - start);
            lineNumber++;
            if (line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            context.Parse(line, lineNumber);
            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return new PromptSet(context.Prompts, context.Finish(), Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>State of one read: prompts so far, ids and hashes seen, findings.</summary>
    private sealed class PromptLineParser(string file, string? system)
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _hashes = new(StringComparer.Ordinal);
        private readonly List<int> _endingWithAssistant = [];
        private readonly List<Diagnostic> _diagnostics = [];

        public List<GenerationPrompt> Prompts { get; } = [];

        public void Parse(ReadOnlySpan<byte> line, int number)
        {
            if (line.Trim(" \t"u8).IsEmpty)
            {
                return;
            }

            var invalid = Utf8Text.FindInvalid(line);
            if (invalid >= 0)
            {
                Error(GenerateCodes.BadPrompt, number, Utf8Text.Column(line, invalid), "the line is not valid UTF-8; save the prompts file as UTF-8.");
                return;
            }

            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(line.ToArray());
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                var column = e.BytePositionInLine is { } at ? Utf8Text.Column(line, (int)at) : 1;
                Error(GenerateCodes.BadPrompt, number, column, $"not valid JSON ({FirstSentence(e.Message)}); each line is one JSON object such as {{\"id\": \"q1\", \"prompt\": \"...\"}}.");
                return;
            }

            var positions = JsonLinePositions.Of(line);
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error(GenerateCodes.BadPrompt, number, 1, $"the line is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object; write {{\"prompt\": \"...\"}} or {{\"messages\": [...]}}.");
                return;
            }

            var id = ReadId(root, positions, number, out var idOk);
            var messages = PromptMessages.Read(root, positions, system, out var problem, out var droppedAnswer);
            if (problem is { } p)
            {
                Error(GenerateCodes.BadPrompt, number, positions.Column(p.Path), p.Message);
            }

            if (!idOk || messages is null)
            {
                return;
            }

            if (droppedAnswer)
            {
                _endingWithAssistant.Add(number);
            }

            Add(id, messages, number, positions);
        }

        public List<Diagnostic> Finish()
        {
            if (_endingWithAssistant.Count > 0)
            {
                var lines = string.Join(", ", _endingWithAssistant.Take(5).Select(l => l.ToString(CultureInfo.InvariantCulture))) + (_endingWithAssistant.Count > 5 ? ", …" : string.Empty);
                _diagnostics.Add(new Diagnostic(Severity.Warning, GenerateCodes.EndsWithAssistant, file, _endingWithAssistant[0], 1,
                    $"{Count(_endingWithAssistant.Count, "prompt")} end{(_endingWithAssistant.Count == 1 ? "s" : string.Empty)} with an assistant turn (line {lines}); the teacher's answer replaces it. Remove the last turn to silence this."));
            }

            if (Prompts.Count == 0 && !_diagnostics.Any(d => d.Severity == Severity.Error))
            {
                _diagnostics.Add(new Diagnostic(Severity.Error, GenerateCodes.NoPrompts, file, 0, 0,
                    "the prompts file holds no prompt; add one JSON object per line, such as {\"id\": \"q1\", \"prompt\": \"How do I reset my password?\"}."));
            }

            return [.. _diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
        }

        private string? ReadId(JsonElement root, JsonLinePositions positions, int number, out bool ok)
        {
            ok = true;
            if (!root.TryGetProperty("id", out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var id = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!.Trim(),
                JsonValueKind.Number when value.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (string.IsNullOrEmpty(id))
            {
                ok = false;
                Error(GenerateCodes.BadPrompt, number, positions.Column("id"), $"`id` must be a non-empty string or a whole number, got {Describe(value)}.");
                return null;
            }

            if (_ids.TryGetValue(id, out var first))
            {
                ok = false;
                Error(GenerateCodes.DuplicateId, number, positions.Column("id"), $"id \"{id}\" is already used on line {first}; ids key the answers in the output, so each must be unique.");
                return null;
            }

            _ids[id] = number;
            return id;
        }

        private void Add(string? id, IReadOnlyList<ChatMessage> messages, int number, JsonLinePositions positions)
        {
            var hash = PromptHash.Compute(messages);
            if (_hashes.TryGetValue(hash, out var first))
            {
                _diagnostics.Add(new Diagnostic(Severity.Warning, GenerateCodes.DuplicatePrompt, file, number, positions.Column(id is null ? "prompt" : "id"),
                    $"this prompt repeats line {first} word for word and is skipped (its answers would duplicate those of line {first}); ask for several answers with `generate.n` instead."));
                return;
            }

            _hashes[hash] = number;
            Prompts.Add(new GenerationPrompt(id ?? PromptHash.DefaultId(hash), messages, hash, number));
        }

        private void Error(string code, int line, int column, string message) =>
            _diagnostics.Add(new Diagnostic(Severity.Error, code, file, line, column, message));

        private static string FirstSentence(string message)
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            return (cut > 0 ? message[..cut] : message).TrimEnd('.');
        }

        private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
    }

    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => value.GetRawText(),
    };
}

using System.Globalization;
using System.Text.Json;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Evaluation.Models;

namespace FineTune.Pipeline.Evaluation.Items;

/// <summary>
/// Turns chat JSONL lines into <see cref="EvalItem"/>s. Tags and group may sit at the top level of a
/// line (<c>"tags": ["billing"], "group": "conv-17"</c>) or under <c>"metadata"</c>; an <c>"id"</c> in the
/// same places names the item. Lines that cannot be evaluated are skipped with FT7001 (the data
/// validator reports the details of malformed lines; this only says why the line is not an item).
/// </summary>
public static class EvalItemReader
{
    public const string NotAnItemCode = EvaluationCodes.NotAnItem;
    public const string EmptySetCode = EvaluationCodes.EmptyEvalSet;

    public static EvalItemSet Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadLines(File.ReadLines(path).Select((text, i) => (i + 1, text)), path);
    }

    /// <summary>Reads numbered lines (for example the eval side of the deterministic split of train).</summary>
    public static EvalItemSet ReadLines(IEnumerable<(int Line, string Text)> lines, string file)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var items = new List<EvalItem>();
        var diagnostics = new List<Diagnostic>();
        foreach (var (line, text) in lines)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var (item, problem) = Parse(text, file, line);
            if (item is not null)
            {
                items.Add(item);
            }
            else
            {
                diagnostics.Add(new Diagnostic(Severity.Warning, NotAnItemCode, file, line, 1, problem!));
            }
        }

        if (items.Count == 0)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, EmptySetCode, file, 0, 0, "The eval set has no usable item: each line needs a \"messages\" array that ends with an assistant turn (the reference answer). Add examples to data.eval, or raise data.eval_split.fraction."));
        }

        return new EvalItemSet(items, diagnostics);
    }

    private static (EvalItem? Item, string? Problem) Parse(string text, string file, int line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return (null, $"Skipped: the line is not valid JSON ({e.Message}). Fix the line; 'finetune validate' shows the exact position.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return (null, "Skipped: the line has no \"messages\" array, so it has no prompt or reference. Use the chat format {\"messages\": [...]}.");
            }

            var turns = new List<ChatMessage>();
            foreach (var m in messages.EnumerateArray())
            {
                var role = m.ValueKind == JsonValueKind.Object && m.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : string.Empty;
                turns.Add(new ChatMessage(role, ContentText(m)));
            }

            var last = turns.FindLastIndex(t => t.Role == "assistant");
            if (last < 0)
            {
                return (null, "Skipped: no assistant message, so there is no reference answer. End the example with the expected assistant reply.");
            }

            if (last == 0)
            {
                return (null, "Skipped: the assistant reply has no prompt before it. Put the user message before the assistant reply.");
            }

            if (turns[last].Content.Length == 0)
            {
                return (null, "Skipped: the last assistant message has no text content (tool calls are not evaluated). Give it a text reply, or move the example to the training set.");
            }

            var item = new EvalItem
            {
                Id = Field(root, "id") ?? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}:{line}"),
                Prompt = turns.Take(last).ToArray(),
                Reference = turns[last].Content,
                Tags = Tags(root),
                Group = Field(root, "group"),
                File = file,
                Line = line,
            };
            return (item, null);
        }
    }

    private static string ContentText(JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("content", out var content))
        {
            return string.Empty;
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString()!,
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(p => p.ValueKind == JsonValueKind.Object && p.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                .Select(p => p.GetProperty("text").GetString())),
            _ => string.Empty,
        };
    }

    private static string? Field(JsonElement root, string name)
    {
        foreach (var holder in Holders(root))
        {
            if (holder.TryGetProperty(name, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }

    private static string[] Tags(JsonElement root)
    {
        foreach (var holder in Holders(root))
        {
            if (holder.TryGetProperty("tags", out var tags))
            {
                return tags.ValueKind switch
                {
                    JsonValueKind.String => [tags.GetString()!],
                    JsonValueKind.Array => tags.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).Distinct(StringComparer.Ordinal).ToArray(),
                    _ => [],
                };
            }
        }

        return [];
    }

    private static IEnumerable<JsonElement> Holders(JsonElement root)
    {
        yield return root;
        if (root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object)
        {
            yield return metadata;
        }
    }
}

using System.IO.Hashing;
using System.Text.Json;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Counting;

/// <summary>
/// Checks and counts an example's <c>tools</c> value (counting: <see cref="ChatTokenFormula.CountToolDefinitions"/>).
/// Datasets repeat the same definitions on every line, so results are cached per worker by a hash of the raw bytes.
/// </summary>
internal sealed class ToolDefinitions(ITokenCounter counter)
{
    private const int MaxCached = 1024;

    private readonly Dictionary<ulong, ToolDefinitionResult> _cache = [];

    public ToolDefinitionResult Analyze(ReadOnlyMemory<byte> raw)
    {
        var key = XxHash3.HashToUInt64(raw.Span);
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_cache.Count >= MaxCached)
        {
            _cache.Clear();
        }

        ToolDefinitionResult result;
        try
        {
            using var document = JsonDocument.Parse(raw, new JsonDocumentOptions { MaxDepth = 64 });
            result = new ToolDefinitionResult(ChatTokenFormula.CountToolDefinitions(document.RootElement, counter), Check(document.RootElement));
        }
        catch (JsonException)
        {
            result = new ToolDefinitionResult(0, "\"tools\" could not be read");
        }

        _cache[key] = result;
        return result;
    }

    private static string? Check(JsonElement tools)
    {
        if (tools.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var index = 0;
        foreach (var tool in tools.EnumerateArray())
        {
            var path = $"tools[{index++}]";
            if (tool.ValueKind != JsonValueKind.Object)
            {
                return $"{path} is not an object";
            }

            if (!tool.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || !type.ValueEquals("function"))
            {
                return $"{path}.type must be \"function\"";
            }

            if (!tool.TryGetProperty("function", out var function) || function.ValueKind != JsonValueKind.Object)
            {
                return $"{path}.function is missing or not an object";
            }

            if (!function.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || name.GetString()!.Length == 0)
            {
                return $"{path}.function has no string \"name\"";
            }

            if (function.TryGetProperty("parameters", out var parameters) && parameters.ValueKind != JsonValueKind.Object)
            {
                return $"{path}.function.parameters must be a JSON Schema object";
            }
        }

        return null;
    }
}

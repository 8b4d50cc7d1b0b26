using System.IO.Hashing;
using System.Text.Json;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Counting;

/// <summary>
/// Checks and counts an example's <c>tools</c> value. Datasets repeat the same definitions on every line, so
/// results are cached per worker by a hash of the raw bytes. Counting follows the cookbook's
/// <c>num_tokens_for_tools</c> (function and property framing constants, names, types, descriptions, enums).
/// </summary>
internal sealed class ToolDefinitions(ITokenCounter counter)
{
    private const int MaxCached = 1024;

    private readonly Dictionary<ulong, ToolDefinitionResult> _cache = [];
    private readonly int _functionInit = counter.Encoding == TokenCounterFactory.O200kBase ? 7 : 10;

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
            result = new ToolDefinitionResult(Count(document.RootElement), Check(document.RootElement));
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

    private int Count(JsonElement tools)
    {
        if (tools.ValueKind != JsonValueKind.Array || tools.GetArrayLength() == 0)
        {
            return 0;
        }

        const int PropertyInit = 3, PropertyKey = 3, EnumInit = -3, EnumItem = 3, FunctionEnd = 12;
        var total = FunctionEnd;
        foreach (var tool in tools.EnumerateArray())
        {
            total += _functionInit;
            var function = Get(tool, "function");
            total += counter.CountTokens($"{Text(function, "name")}:{Text(function, "description").TrimEnd('.')}");
            var properties = Get(Get(function, "parameters"), "properties");
            if (properties.ValueKind != JsonValueKind.Object || !properties.EnumerateObject().Any())
            {
                continue;
            }

            total += PropertyInit;
            foreach (var property in properties.EnumerateObject())
            {
                total += PropertyKey;
                var items = Get(property.Value, "enum");
                if (items.ValueKind == JsonValueKind.Array)
                {
                    total += EnumInit;
                    foreach (var item in items.EnumerateArray())
                    {
                        total += EnumItem + counter.CountTokens(item.ValueKind == JsonValueKind.String ? item.GetString() : item.GetRawText());
                    }
                }

                var description = Text(property.Value, "description").TrimEnd('.');
                total += counter.CountTokens($"{property.Name}:{Text(property.Value, "type")}:{description}");
            }
        }

        return total;
    }

    private static JsonElement Get(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static string Text(JsonElement element, string name)
    {
        var value = Get(element, name);
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        };
    }
}

/// <summary>Tokens of a <c>tools</c> value, and its first shape problem (null when well formed).</summary>
internal readonly record struct ToolDefinitionResult(int Tokens, string? Problem);

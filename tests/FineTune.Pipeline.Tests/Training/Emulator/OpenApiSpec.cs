using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FineTune.Pipeline.Tests.Training.Emulator;

/// <summary>
/// The official OpenAI OpenAPI spec (<c>shared/data/openai-openapi.yaml</c>, found beside the
/// repository or one of its parent folders; never copied into the repo), turned into JSON Schemas
/// that NJsonSchema can check emulator responses against. In strict mode every object schema that
/// lists its properties rejects properties the spec does not name, so the emulator cannot invent fields.
/// </summary>
internal static partial class OpenApiSpec
{
    private static readonly Lazy<JsonObject?> Components = new(LoadComponents);
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>Full path of the spec, or null when it is not on this machine.</summary>
    public static string? Path { get; } = Locate();

    /// <summary>A JSON Schema for <c>#/components/schemas/{name}</c>, with every reachable <c>$ref</c> included.</summary>
    public static JsonSchema Schema(string name) => Schemas.GetOrAdd(name, n => JsonSchema.FromJsonAsync(Build(n).ToJsonString()).GetAwaiter().GetResult());

    /// <summary>Validation errors of <paramref name="json"/> against the named schema, one line each.</summary>
    public static IReadOnlyList<string> Check(string name, string json) =>
        [.. Schema(name).Validate(json).Select(e => $"{name}: {e.Kind} at '{e.Path}' ({e.Property})")];

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable("OPENAI_OPENAPI_SPEC") is { Length: > 0 } overridden)
        {
            return File.Exists(overridden) ? overridden : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "data", "openai-openapi.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static JsonObject? LoadComponents()
    {
        if (Path is null)
        {
            return null;
        }

        // Only the top-level "components:" block is parsed. Whitespace-only lines become empty: the spec
        // has a few inside "|+" example blocks that YamlDotNet rejects, and examples are dropped anyway.
        var text = File.ReadAllText(Path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = text.IndexOf("\ncomponents:\n", StringComparison.Ordinal) + 1;
        var end = TopLevelKey().Match(text, start + 1) is { Success: true } next ? next.Index + 1 : text.Length;
        var yaml = new YamlStream();
        yaml.Load(new StringReader(BlankLine().Replace(text[start..end], string.Empty)));
        var root = (JsonObject)ToJson(yaml.Documents[0].RootNode)!;
        return (JsonObject)root["components"]!["schemas"]!;
    }

    private static JsonObject Build(string name)
    {
        var components = Components.Value ?? throw new InvalidOperationException("The OpenAPI spec is not available.");
        var definitions = new JsonObject();
        var pending = new Queue<string>([name]);
        while (pending.TryDequeue(out var next))
        {
            if (definitions.ContainsKey(next))
            {
                continue;
            }

            var schema = components[next]?.DeepClone() ?? throw new ArgumentException($"No schema {next} in the spec.", nameof(name));
            definitions[next] = Rewrite(schema, pending);
        }

        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-04/schema#",
            ["definitions"] = definitions,
            ["$ref"] = $"#/definitions/{name}",
        };
    }

    /// <summary>OpenAPI 3 → JSON Schema, in place: component refs, <c>nullable</c>, strict objects; examples dropped.</summary>
    private static JsonNode Rewrite(JsonNode node, Queue<string> pending)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array.OfType<JsonNode>())
                {
                    Rewrite(item, pending);
                }

                break;
            case JsonObject schema:
                RewriteSchema(schema, pending);
                break;
        }

        return node;
    }

    private static void RewriteSchema(JsonObject schema, Queue<string> pending)
    {
        foreach (var key in new[] { "example", "examples", "x-oaiMeta", "default" })
        {
            schema.Remove(key);
        }

        foreach (var (key, child) in schema.ToList())
        {
            if (key == "properties" && child is JsonObject properties)
            {
                foreach (var property in properties.Select(p => p.Value).OfType<JsonNode>())
                {
                    Rewrite(property, pending);
                }
            }
            else if (key is not ("enum" or "required") && child is not null)
            {
                Rewrite(child, pending);
            }
        }

        if (schema["$ref"] is JsonValue reference && reference.GetValue<string>() is var target
            && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
        {
            target = target["#/components/schemas/".Length..];
            pending.Enqueue(target);
            schema["$ref"] = $"#/definitions/{target}";
        }

        if (schema["nullable"] is JsonValue nullable && nullable.GetValue<bool>() && schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
        }

        if (schema.ContainsKey("properties") && !schema.ContainsKey("additionalProperties")
            && !schema.ContainsKey("allOf") && !schema.ContainsKey("anyOf") && !schema.ContainsKey("oneOf"))
        {
            schema["additionalProperties"] = false;
        }
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => JsonValue.Create(l),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex(@"\n[A-Za-z]")]
    private static partial Regex TopLevelKey();

    [GeneratedRegex(@"^[ \t]+$", RegexOptions.Multiline)]
    private static partial Regex BlankLine();
}

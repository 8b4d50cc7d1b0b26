using System.Text.Json;

namespace FineTune.Pipeline.Tokens;

public static partial class ChatTokenFormula
{
    /// <summary>Tokens at the start of each function definition for gpt-4o / gpt-4o-mini (o200k_base): cookbook <c>func_init = 7</c>.</summary>
    public const int FunctionInitO200k = 7;

    /// <summary>Tokens at the start of each function definition for gpt-3.5-turbo / gpt-4 (cl100k_base): cookbook <c>func_init = 10</c>.</summary>
    public const int FunctionInitCl100k = 10;

    /// <summary>Tokens when a function has at least one parameter property: cookbook <c>prop_init = 3</c>.</summary>
    public const int PropertiesInit = 3;

    /// <summary>Tokens per parameter property: cookbook <c>prop_key = 3</c>.</summary>
    public const int PropertyKey = 3;

    /// <summary>Tokens (negative) when a property has an <c>enum</c>: cookbook <c>enum_init = -3</c>.</summary>
    public const int EnumInit = -3;

    /// <summary>Tokens per <c>enum</c> value, besides the value's own tokens: cookbook <c>enum_item = 3</c>.</summary>
    public const int EnumItem = 3;

    /// <summary>Tokens once after all function definitions: cookbook <c>func_end = 12</c>.</summary>
    public const int FunctionsEnd = 12;

    /// <summary>
    /// An approximation, see <see cref="CountToolCall"/>: the routing text in front of a call's arguments
    /// (<c> to=functions.</c> is 4 tokens in both encodings).
    /// </summary>
    public const int ToolCallOverhead = 4;

    /// <summary>
    /// The cookbook's <c>num_tokens_for_tools</c> over a <c>tools</c> array (<c>{"type":"function","function":{…}}</c>
    /// entries, or legacy <c>functions</c> entries that are the function object itself): per function
    /// <c>func_init</c> (7 for o200k_base, 10 otherwise) + tokens of <c>name:description</c> (one trailing period
    /// dropped); when it has parameter properties <see cref="PropertiesInit"/>, and per property
    /// <see cref="PropertyKey"/> + tokens of <c>key:type:description</c> (period dropped) + for an <c>enum</c>
    /// <see cref="EnumInit"/> and per value <see cref="EnumItem"/> + its tokens; finally <see cref="FunctionsEnd"/>
    /// once. Like the cookbook it reads only top-level properties. Where the cookbook would crash: a missing
    /// description counts as empty, a non-string <c>type</c> or enum value (<c>["string","null"]</c>, <c>3</c>)
    /// counts as its JSON text, and entries that are not functions count nothing.
    /// </summary>
    public static int CountToolDefinitions(JsonElement tools, ITokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (tools.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        int functionInit = counter.Encoding == TokenCounterFactory.O200kBase ? FunctionInitO200k : FunctionInitCl100k;
        int total = 0;
        int functions = 0;
        foreach (JsonElement tool in tools.EnumerateArray())
        {
            JsonElement function = FunctionOf(tool);
            if (function.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            functions++;
            total += functionInit;
            total += counter.CountTokens(TextOf(function, "name") + ":" + WithoutFinalPeriod(TextOf(function, "description")));
            total += CountProperties(function, counter);
        }

        return functions > 0 ? total + FunctionsEnd : 0;
    }

    /// <summary>
    /// Tokens of one assistant tool call: tokens of the function name + tokens of the arguments (the JSON text as
    /// written) + <see cref="ToolCallOverhead"/>. OpenAI does not publish how a tool call is rendered for the model,
    /// so this is an approximation of our own, not a cookbook formula: expect it to be off by a few tokens per call,
    /// more for parallel calls. The message that holds the calls still counts <see cref="TokensPerMessage"/>.
    /// Strings convert to the span parameters.
    /// </summary>
    public static int CountToolCall(ReadOnlySpan<char> functionName, ReadOnlySpan<char> arguments, ITokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return counter.CountTokens(functionName) + counter.CountTokens(arguments) + ToolCallOverhead;
    }

    private static JsonElement FunctionOf(JsonElement tool)
    {
        if (tool.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        if (tool.TryGetProperty("function", out JsonElement function))
        {
            return function;
        }

        return tool.TryGetProperty("name", out _) ? tool : default;
    }

    private static int CountProperties(JsonElement function, ITokenCounter counter)
    {
        if (!function.TryGetProperty("parameters", out JsonElement parameters) || parameters.ValueKind != JsonValueKind.Object
            || !parameters.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return 0;
        }

        int total = 0;
        int count = 0;
        foreach (JsonProperty property in properties.EnumerateObject())
        {
            count++;
            total += PropertyKey;
            JsonElement schema = property.Value;
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out JsonElement values))
            {
                total += EnumInit;
                if (values.ValueKind == JsonValueKind.Array)
                {
                    foreach (JsonElement value in values.EnumerateArray())
                    {
                        total += EnumItem + counter.CountTokens(TextOf(value));
                    }
                }
            }

            total += counter.CountTokens(property.Name + ":" + TextOf(schema, "type") + ":" + WithoutFinalPeriod(TextOf(schema, "description")));
        }

        return count > 0 ? PropertiesInit + total : 0;
    }

    private static string WithoutFinalPeriod(string text) => text.EndsWith('.') ? text[..^1] : text;
}

using System.Text.Json;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// The OpenAI cookbook's formulas for the tokens a chat example costs, on top of the exact text counts of an
/// <see cref="ITokenCounter"/>. Source: "How to count tokens with tiktoken"
/// (https://github.com/openai/openai-cookbook/blob/main/examples/How_to_count_tokens_with_tiktoken.ipynb),
/// functions <c>num_tokens_from_messages</c> and <c>num_tokens_for_tools</c>, whose results the notebook checks
/// against the API's <c>prompt_tokens</c>. Unlike the cookbook's code, nothing here throws on an unexpected JSON
/// shape: values that are not text are skipped or counted as their JSON text, as each member says.
/// </summary>
public static partial class ChatTokenFormula
{
    /// <summary>
    /// Tokens of the wrapper around every message (<c>tokens_per_message = 3</c> in the cookbook, for gpt-3.5-turbo-0613,
    /// gpt-4-0613, gpt-4o and gpt-4o-mini): the message's start and end markers around role and content.
    /// </summary>
    public const int TokensPerMessage = 3;

    /// <summary>Extra tokens when a message has a <c>name</c> (<c>tokens_per_name = 1</c> in the cookbook).</summary>
    public const int TokensPerName = 1;

    /// <summary>
    /// Tokens added once per request because "every reply is primed with <c>&lt;|start|&gt;assistant&lt;|message|&gt;</c>"
    /// (cookbook: <c>num_tokens += 3</c>).
    /// </summary>
    public const int ReplyPrimingTokens = 3;

    /// <summary>
    /// The cookbook's <c>num_tokens_from_messages</c>: <see cref="TokensPerMessage"/> per message, plus the tokens of
    /// every string value of the message (the role included), plus <see cref="TokensPerName"/> for a <c>name</c>,
    /// plus <see cref="ReplyPrimingTokens"/> once. Beyond the cookbook: a <c>content</c> array counts its text parts;
    /// <c>tool_calls</c> (and legacy <c>function_call</c>) count through <see cref="CountToolCall"/>; numbers,
    /// booleans, nulls and other objects (such as <c>weight</c>) count nothing; an element that is not an object
    /// counts only its wrapper. A <paramref name="messages"/> value that is not an array counts 0.
    /// </summary>
    public static int CountMessages(JsonElement messages, ITokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (messages.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        int total = ReplyPrimingTokens;
        foreach (JsonElement message in messages.EnumerateArray())
        {
            total += TokensPerMessage;
            if (message.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (JsonProperty property in message.EnumerateObject())
            {
                total += CountMessageValue(property, counter);
            }
        }

        return total;
    }

    private static int CountMessageValue(JsonProperty property, ITokenCounter counter)
    {
        JsonElement value = property.Value;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return counter.CountTokens(value.GetString()) + (property.NameEquals("name") ? TokensPerName : 0);
            case JsonValueKind.Array when property.NameEquals("content"):
                return CountContentParts(value, counter);
            case JsonValueKind.Array when property.NameEquals("tool_calls"):
                int calls = 0;
                foreach (JsonElement call in value.EnumerateArray())
                {
                    if (call.ValueKind == JsonValueKind.Object && call.TryGetProperty("function", out JsonElement function))
                    {
                        calls += CountFunctionCall(function, counter);
                    }
                }

                return calls;
            case JsonValueKind.Object when property.NameEquals("function_call"):
                return CountFunctionCall(value, counter);
            default:
                return 0;
        }
    }

    private static int CountContentParts(JsonElement parts, ITokenCounter counter)
    {
        int total = 0;
        foreach (JsonElement part in parts.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out JsonElement text)
                && text.ValueKind == JsonValueKind.String)
            {
                total += counter.CountTokens(text.GetString());
            }
        }

        return total;
    }

    private static int CountFunctionCall(JsonElement function, ITokenCounter counter) =>
        function.ValueKind != JsonValueKind.Object
            ? 0
            : CountToolCall(TextOf(function, "name"), TextOf(function, "arguments"), counter);

    /// <summary>A string property as is; any other JSON value as its JSON text; a missing one as empty.</summary>
    private static string TextOf(JsonElement element, string propertyName) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(propertyName, out JsonElement value)
            ? TextOf(value)
            : string.Empty;

    private static string TextOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        _ => value.GetRawText(),
    };
}

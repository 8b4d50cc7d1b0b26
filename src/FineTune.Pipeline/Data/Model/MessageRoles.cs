namespace FineTune.Pipeline.Data.Model;

/// <summary>Parses and names <see cref="MessageRole"/> values.</summary>
internal static class MessageRoles
{
    public static MessageRole Parse(ReadOnlySpan<char> role) => role switch
    {
        "system" => MessageRole.System,
        "user" => MessageRole.User,
        "assistant" => MessageRole.Assistant,
        "tool" => MessageRole.Tool,
        "function" => MessageRole.Function,
        _ => MessageRole.Other,
    };

    public static string Name(this MessageRole role) => role switch
    {
        MessageRole.System => "system",
        MessageRole.User => "user",
        MessageRole.Assistant => "assistant",
        MessageRole.Tool => "tool",
        MessageRole.Function => "function",
        _ => "?",
    };
}

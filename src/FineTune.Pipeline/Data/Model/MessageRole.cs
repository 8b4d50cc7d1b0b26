namespace FineTune.Pipeline.Data.Model;

/// <summary>The chat roles OpenAI fine-tuning accepts; <see cref="Other"/> for anything else.</summary>
internal enum MessageRole : byte
{
    None = 0,
    System,
    User,
    Assistant,
    Tool,
    Function,
    Other,
}

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

namespace FineTune.Pipeline.Lora.Chat;

/// <summary>One turn of a conversation: role (system, user, assistant) and content.</summary>
public sealed record ChatMessage(string Role, string Content);

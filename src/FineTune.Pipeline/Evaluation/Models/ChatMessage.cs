namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>One chat turn as sent to a model: role (<c>system</c>, <c>user</c>, <c>assistant</c>, <c>tool</c>) and text.</summary>
public sealed record ChatMessage(string Role, string Content)
{
    public static ChatMessage System(string content) => new("system", content);

    public static ChatMessage User(string content) => new("user", content);

    public static ChatMessage Assistant(string content) => new("assistant", content);
}

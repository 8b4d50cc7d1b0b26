namespace OpenAI.Emulator;

/// <summary>
/// A chat model whose replies a test writes: a teacher that answers prompts, a judge that grades answers.
/// <paramref name="Reply"/> is called for every request to <paramref name="Id"/> (from Kestrel's threads).
/// </summary>
public sealed record ScriptedModel(string Id, Func<ScriptedChat, string> Reply)
{
    /// <summary>A teacher that answers every prompt with <c>"Answer: " + the last user message</c>.</summary>
    public static ScriptedModel Echo(string id) => new(id, chat => "Answer: " + chat.LastUser);
}

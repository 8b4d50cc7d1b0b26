namespace OpenAI.Emulator;

/// <summary>A chat-completions request as a scripted model sees it.</summary>
/// <param name="Model">The model id asked for.</param>
/// <param name="Messages">Role and text of each message, in order.</param>
/// <param name="Seed">The request's <c>seed</c>, if any.</param>
/// <param name="Temperature">The request's <c>temperature</c>, if any.</param>
public sealed record ScriptedChat(string Model, IReadOnlyList<(string Role, string Content)> Messages, long? Seed, double? Temperature)
{
    /// <summary>The last user message (empty when there is none).</summary>
    public string LastUser => Messages.LastOrDefault(m => m.Role == "user").Content ?? string.Empty;

    /// <summary>The system message (empty when there is none).</summary>
    public string System => Messages.FirstOrDefault(m => m.Role == "system").Content ?? string.Empty;
}

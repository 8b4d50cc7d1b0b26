namespace FineTune.Pipeline.Tokens;

/// <summary>One message as the self-hosted trainer reads it: its role and its text (text parts joined; none: empty).</summary>
public readonly record struct ChatTurn(string Role, string Content);

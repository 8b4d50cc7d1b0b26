namespace FineTune.Pipeline.Data.Counting;

/// <summary>Tokens of a <c>tools</c> value, and its first shape problem (null when well formed).</summary>
internal readonly record struct ToolDefinitionResult(int Tokens, string? Problem);

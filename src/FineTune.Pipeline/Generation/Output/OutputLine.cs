namespace FineTune.Pipeline.Generation.Output;

/// <summary>One line of the output file: where its bytes are (newline excluded) and the prompt it answers (null: none, or not a chat example).</summary>
public sealed record OutputLine(long Offset, int Length, string? PromptHash);

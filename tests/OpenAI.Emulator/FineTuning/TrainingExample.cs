namespace OpenAI.Emulator;

/// <summary>
/// One chat example of a training file as the emulator sees it: the last user message before the
/// final assistant reply (the prompt) and that reply (the answer).
/// </summary>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Prompt">Text of the last user message before the final assistant message.</param>
/// <param name="Answer">Text of the final assistant message.</param>
/// <param name="Tokens">Approximate token count (words plus 4 per message), used for <c>trained_tokens</c>.</param>
public sealed record TrainingExample(int Line, string Prompt, string Answer, int Tokens);

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>An assistant reply from a local model, with its token counts and finish reason.</summary>
public sealed record LocalReply(string Text, int PromptTokens, int CompletionTokens, string FinishReason);

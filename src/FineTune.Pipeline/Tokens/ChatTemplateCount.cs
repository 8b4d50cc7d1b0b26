namespace FineTune.Pipeline.Tokens;

/// <summary>A conversation's length under a chat template.</summary>
/// <param name="Tokens">Every token of the formatted conversation (special tokens and headers included).</param>
/// <param name="TrainedTokens">Tokens the loss trains on: assistant content and its end-of-turn token.</param>
/// <param name="TrainedTokensCut">Trained tokens past the truncation length, which training never sees.</param>
public readonly record struct ChatTemplateCount(int Tokens, int TrainedTokens, int TrainedTokensCut);

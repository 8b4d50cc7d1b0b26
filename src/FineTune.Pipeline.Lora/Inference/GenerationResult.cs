namespace FineTune.Pipeline.Lora.Inference;

/// <summary>The new tokens (without the stop token) and why generation ended: <c>stop</c> or <c>length</c>.</summary>
public sealed record GenerationResult(IReadOnlyList<int> Tokens, string FinishReason)
{
    public const string Stop = "stop";
    public const string Length = "length";
}

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>The new tokens (without the stop token) and why generation ended: <c>stop</c>, <c>length</c>, or <c>cancelled</c> (a batch row whose request was cancelled).</summary>
public sealed record GenerationResult(IReadOnlyList<int> Tokens, string FinishReason)
{
    public const string Stop = "stop";
    public const string Length = "length";
    public const string Cancelled = "cancelled";
}

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>One row of a batched generation: the prompt ids, how to pick tokens, and a cancellation that drops this row only.</summary>
public sealed record GenerationRequest(IReadOnlyList<int> Prompt, SamplingOptions Options)
{
    public CancellationToken CancellationToken { get; init; }
}

namespace FineTune.Pipeline.Lora.Generator;

/// <summary>Size of a generated checkpoint; the defaults make a model that trains in seconds on two cores.</summary>
public sealed record TinyModelSpec
{
    public ModelFamily Family { get; init; } = ModelFamily.Llama;
    public int Seed { get; init; } = 1;
    public int HiddenSize { get; init; } = 64;
    public int IntermediateSize { get; init; } = 128;
    public int Layers { get; init; } = 2;
    public int Heads { get; init; } = 4;
    public int KeyValueHeads { get; init; } = 2;
    public int Merges { get; init; } = 40;
    public double InitStd { get; init; } = 0.02;

    /// <summary>Embedding / LM-head scale: large enough that logits can move far from uniform after a few LoRA steps.</summary>
    public double EmbeddingStd { get; init; } = 0.5;
}

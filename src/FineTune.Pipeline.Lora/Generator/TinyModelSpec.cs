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

    /// <summary>
    /// The config's <c>vocab_size</c> when larger than the tokenizer needs (ids past the tokenizer's are unused rows, as in
    /// real checkpoints that pad the embedding); null: the tokenizer's size rounded up to a multiple of 16.
    /// </summary>
    public int? VocabSize { get; init; }

    /// <summary>
    /// Scale of the layer weights. At 0.02 (the usual for large models) a 64-wide model's attention is near uniform and its
    /// layers barely move the residual stream, so rank-8 LoRA cannot learn even a constant multi-token reply in 100 steps.
    /// </summary>
    public double InitStd { get; init; } = 0.1;

    /// <summary>Embedding / LM-head scale: large enough that logits can move far from uniform after a few LoRA steps.</summary>
    public double EmbeddingStd { get; init; } = 0.5;
}

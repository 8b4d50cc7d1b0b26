using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>
/// What every layer's attention gets besides its input: rotary tables ([T, D], or [B, 1, T, D] for per-row
/// positions), the padding mask of a left-padded batch ([B, 1, T, S], or null), the KV cache and the layer index.
/// </summary>
public sealed record AttentionInputs(Tensor Cos, Tensor Sin, Tensor? Mask, KvCache? Cache, int Layer);

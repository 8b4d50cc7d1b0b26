using FineTune.Pipeline.Lora.Adapters;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>The checkpoint's <c>model.*</c>: embed_tokens, layers.{i}, norm.</summary>
public sealed class DecoderModel : nn.Module
{
    private readonly Embedding _embedTokens;
    private readonly ModuleList<DecoderLayer> _layers;
    private readonly RMSNorm _norm;
    private readonly float[] _inverseFrequencies;

    public DecoderModel(ModelConfig config, LoraSettings? lora)
        : base(nameof(DecoderModel))
    {
        _embedTokens = nn.Embedding(config.VocabSize, config.HiddenSize);
        _layers = nn.ModuleList(Enumerable.Range(0, config.NumHiddenLayers).Select(_ => new DecoderLayer(config, lora)).ToArray());
        _norm = new RMSNorm(config.HiddenSize, config.RmsNormEps);
        _inverseFrequencies = Rope.InverseFrequencies(config);
        register_module("embed_tokens", _embedTokens);
        register_module("layers", _layers);
        register_module("norm", _norm);
    }

    public Parameter EmbeddingWeight => _embedTokens.weight!;

    /// <summary>input_ids [B, T] → final hidden states [B, T, H].</summary>
    public Tensor Forward(Tensor inputIds, KvCache? cache)
    {
        using var scope = NewDisposeScope();
        var (start, count) = (cache?.Length ?? 0, inputIds.shape[1]);
        var h = _embedTokens.forward(inputIds);                                                         // [B, T, H]

        // Left-padded batches (generation): per-row positions and a mask that hides padding; else one table for all rows.
        var positions = cache?.Positions(count, inputIds.device);                                      // [B, T] or null
        var mask = cache?.Mask(count, inputIds.device);                                                 // [B, 1, T, S] or null
        var (cos, sin) = positions is null
            ? Rope.Tables(_inverseFrequencies, start, count, inputIds.device)                           // [T, D], fp32
            : Rope.Tables(_inverseFrequencies, positions);                                              // [B, 1, T, D], fp32
        (cos, sin) = (cos.to(h.dtype), sin.to(h.dtype));                                                // as transformers: in the activations' dtype
        for (var i = 0; i < _layers.Count; i++)
        {
            h = _layers[i].Forward(h, new AttentionInputs(cos, sin, mask, cache, i));
        }

        return _norm.forward(h).MoveToOuterDisposeScope();
    }
}

using FineTune.Pipeline.Lora.Adapters;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>
/// Causal self-attention with grouped-query heads, rotary positions and (Qwen2) q/k/v biases.
/// Rows are right-padded in training, so the causal mask alone keeps real tokens away from padding; batched generation
/// left-pads and passes a mask.
/// </summary>
public sealed class Attention : nn.Module
{
    private readonly nn.Module<Tensor, Tensor> _qProj;
    private readonly nn.Module<Tensor, Tensor> _kProj;
    private readonly nn.Module<Tensor, Tensor> _vProj;
    private readonly nn.Module<Tensor, Tensor> _oProj;
    private readonly int _heads;
    private readonly int _kvHeads;
    private readonly int _headDim;

    public Attention(ModelConfig config, LoraSettings? lora)
        : base(nameof(Attention))
    {
        _heads = config.NumAttentionHeads;
        _kvHeads = config.NumKeyValueHeads;
        _headDim = config.HeadDim;
        var bias = config.AttentionBias;
        _qProj = Projection.Create("q_proj", config.HiddenSize, _heads * _headDim, bias, lora);
        _kProj = Projection.Create("k_proj", config.HiddenSize, _kvHeads * _headDim, bias, lora);
        _vProj = Projection.Create("v_proj", config.HiddenSize, _kvHeads * _headDim, bias, lora);
        _oProj = Projection.Create("o_proj", _heads * _headDim, config.HiddenSize, config.ModelType == "llama" && bias, lora);
        register_module("q_proj", _qProj);
        register_module("k_proj", _kProj);
        register_module("v_proj", _vProj);
        register_module("o_proj", _oProj);
    }

    /// <summary>x [B, T, H] → [B, T, H]; with a cache, T new positions follow the cached ones.</summary>
    public Tensor Forward(Tensor x, AttentionInputs inputs)
    {
        var (cos, sin, padMask, cache, layer) = inputs;
        using var scope = NewDisposeScope();
        var (b, t) = (x.shape[0], x.shape[1]);
        var q = _qProj.forward(x).view(b, t, _heads, _headDim).transpose(1, 2);     // [B, nh, T, D]
        var k = _kProj.forward(x).view(b, t, _kvHeads, _headDim).transpose(1, 2);   // [B, nkv, T, D]
        var v = _vProj.forward(x).view(b, t, _kvHeads, _headDim).transpose(1, 2);   // [B, nkv, T, D]
        q = Rope.Apply(q, cos, sin);
        k = Rope.Apply(k, cos, sin);

        if (cache is not null)
        {
            (k, v) = cache.Append(layer, k, v);                                      // [B, nkv, S, D]
        }

        var groups = _heads / _kvHeads;
        if (groups > 1)
        {
            k = k.repeat_interleave(groups, dim: 1);                                 // [B, nh, S, D]
            v = v.repeat_interleave(groups, dim: 1);
        }

        // New query i sits at position S - T + i and sees keys 0..S-T+i. T = 1 needs no mask, T = S is the plain causal mask.
        // A left-padded batch brings its own mask [B, 1, T, S] (causal + padding hidden).
        var s = k.shape[2];
        var mask = padMask ?? (t > 1 && s > t ? ones(t, s, dtype: ScalarType.Bool, device: x.device).tril(s - t) : null); // [T, S]
        var attended = nn.functional.scaled_dot_product_attention(q, k, v, attn_mask: mask, is_casual: padMask is null && t > 1 && s == t); // [B, nh, T, D]
        var merged = attended.transpose(1, 2).reshape(b, t, _heads * _headDim);      // [B, T, nh·D]
        return _oProj.forward(merged).MoveToOuterDisposeScope();                     // [B, T, H]
    }
}

using FineTune.Pipeline.Lora.Adapters;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>Pre-norm block: h = x + attn(norm(x)); out = h + mlp(norm(h)).</summary>
public sealed class DecoderLayer : nn.Module
{
    private readonly RMSNorm _inputLayernorm;
    private readonly Attention _selfAttn;
    private readonly RMSNorm _postAttentionLayernorm;
    private readonly Mlp _mlp;

    public DecoderLayer(ModelConfig config, LoraSettings? lora)
        : base(nameof(DecoderLayer))
    {
        _inputLayernorm = new RMSNorm(config.HiddenSize, config.RmsNormEps);
        _selfAttn = new Attention(config, lora);
        _postAttentionLayernorm = new RMSNorm(config.HiddenSize, config.RmsNormEps);
        _mlp = new Mlp(config, lora);
        register_module("input_layernorm", _inputLayernorm);
        register_module("self_attn", _selfAttn);
        register_module("post_attention_layernorm", _postAttentionLayernorm);
        register_module("mlp", _mlp);
    }

    /// <summary>x [B, T, H] → [B, T, H].</summary>
    public Tensor Forward(Tensor x, AttentionInputs inputs)
    {
        using var scope = NewDisposeScope();
        var h = x + _selfAttn.Forward(_inputLayernorm.forward(x), inputs);
        var output = h + _mlp.forward(_postAttentionLayernorm.forward(h));
        return output.MoveToOuterDisposeScope();
    }
}

using FineTune.Pipeline.Lora.Adapters;
using TorchSharp;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>SwiGLU feed-forward: down_proj(silu(gate_proj(x)) · up_proj(x)).</summary>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _gateProj;
    private readonly nn.Module<Tensor, Tensor> _upProj;
    private readonly nn.Module<Tensor, Tensor> _downProj;

    public Mlp(ModelConfig config, LoraSettings? lora)
        : base(nameof(Mlp))
    {
        _gateProj = Projection.Create("gate_proj", config.HiddenSize, config.IntermediateSize, false, lora);
        _upProj = Projection.Create("up_proj", config.HiddenSize, config.IntermediateSize, false, lora);
        _downProj = Projection.Create("down_proj", config.IntermediateSize, config.HiddenSize, false, lora);
        register_module("gate_proj", _gateProj);
        register_module("up_proj", _upProj);
        register_module("down_proj", _downProj);
    }

    public override Tensor forward(Tensor x)
    {
        using var gate = _gateProj.forward(x);              // [B, T, I]
        using var activated = nn.functional.silu(gate);
        using var up = _upProj.forward(x);                  // [B, T, I]
        using var product = activated * up;
        return _downProj.forward(product);                  // [B, T, H]
    }
}

using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>y = weight · x / √(mean(x²) + eps), computed in float32 (Llama/Qwen2 RMSNorm).</summary>
public sealed class RMSNorm : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "weight")]
    private readonly Parameter _weight;
    private readonly double _eps;

    public RMSNorm(long size, double eps)
        : base(nameof(RMSNorm))
    {
        _eps = eps;
        _weight = new Parameter(ones(size), requires_grad: false);
        register_parameter("weight", _weight);
    }

    public override Tensor forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var input = x.to(float32);                                  // [..., H]
        var variance = input.pow(2).mean([-1], keepdim: true);      // [..., 1]
        var normed = (input * (variance + _eps).rsqrt()).to(x.dtype);
        return (_weight * normed).MoveToOuterDisposeScope();
    }
}

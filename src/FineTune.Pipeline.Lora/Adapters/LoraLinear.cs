using TorchSharp;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>
/// A frozen linear layer plus a low-rank update: y = x·Wᵀ + b + scaling · B(A(dropout(x))).
/// Parameters are named as in the checkpoint and in PEFT: <c>weight</c>, <c>bias</c>,
/// <c>lora_A.weight</c> [r, in] (kaiming-uniform, a = √5), <c>lora_B.weight</c> [out, r] (zeros),
/// so a fresh adapter leaves the layer's output exactly unchanged. Dropout (training only) is inverted dropout on the
/// adapter's input with a mask from <see cref="Adapters.DropoutMask"/>: nn.Dropout's <c>bernoulli_</c> and torch.rand draw
/// serially per element and cost up to 8 % of a training step.
/// </summary>
public sealed class LoraLinear : nn.Module<Tensor, Tensor>
{
    // Named for TorchSharp's module.to(), which replaces Parameter fields and re-registers them under this name.
    [ComponentName(Name = "weight")]
    private readonly Parameter _weight;
    [ComponentName(Name = "bias")]
    private readonly Parameter? _bias;
    private readonly Linear _loraA;
    private readonly Linear _loraB;
    private readonly double _dropout;

    public LoraLinear(long inFeatures, long outFeatures, bool hasBias, LoraSettings settings)
        : base(nameof(LoraLinear))
    {
        Scaling = settings.Scaling;
        _weight = new Parameter(empty(outFeatures, inFeatures), requires_grad: false);
        register_parameter("weight", _weight);
        if (hasBias)
        {
            _bias = new Parameter(zeros(outFeatures), requires_grad: false);
            register_parameter("bias", _bias);
        }

        _loraA = nn.Linear(inFeatures, settings.Rank, hasBias: false);
        _loraB = nn.Linear(settings.Rank, outFeatures, hasBias: false);
        using (no_grad())
        {
            nn.init.kaiming_uniform_(_loraA.weight!, a: Math.Sqrt(5));
            nn.init.zeros_(_loraB.weight!);
        }

        _dropout = settings.Dropout;
        register_module("lora_A", _loraA);
        register_module("lora_B", _loraB);
    }

    public double Scaling { get; }

    /// <summary>When false the layer is the base layer alone (the "base model" view of a tuned model).</summary>
    public bool Enabled { get; set; } = true;

    public Parameter Weight => _weight;

    public Parameter LoraA => _loraA.weight!;

    public Parameter LoraB => _loraB.weight!;

    public override Tensor forward(Tensor x)
    {
        var result = nn.functional.linear(x, _weight, _bias);
        if (!Enabled)
        {
            return result;
        }

        // The adapter runs in its own dtype (fp32 under a bf16 base), its output joins in the base dtype.
        using var input = x.to(LoraA.dtype);
        using var keep = training && _dropout > 0 ? DropoutMask(input) : null;
        using var dropped = keep is null ? null : input * keep;
        using var down = _loraA.forward(dropped ?? input);  // [..., r]
        using var up = _loraB.forward(down);       // [..., out]
        using var back = up.to(result.dtype);
        return result.add_(back, alpha: Scaling);
    }

    /// <summary>1 / (1 − p) or 0 per element (see <see cref="DropoutMask"/>); shaped and typed like <paramref name="x"/>.</summary>
    private Tensor DropoutMask(Tensor x)
    {
        var mask = Adapters.DropoutMask.Draw(x.shape, _dropout);
        if (x.dtype == float32 && x.device.type == DeviceType.CPU)
        {
            return mask;
        }

        using (mask)
        {
            return mask.to(x.dtype, x.device);
        }
    }

    /// <summary>Moves lora_A and lora_B to <paramref name="dtype"/> (fp32 under a bf16 base); the base weight keeps its own.</summary>
    public void AdapterTo(ScalarType dtype)
    {
        _loraA.to(dtype);
        _loraB.to(dtype);
    }

    /// <summary>W + scaling · B·A in float32, the weight of the merged model.</summary>
    public Tensor MergedWeight()
    {
        using var _ = no_grad();
        using var scope = NewDisposeScope();
        var delta = LoraB.to(float32).matmul(LoraA.to(float32));      // [out, in]
        return _weight.to(float32).add(delta, alpha: Scaling).MoveToOuterDisposeScope();
    }
}

using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>
/// A frozen linear layer plus a low-rank update: y = x·Wᵀ + b + scaling · B(A(dropout(x))).
/// Parameters are named as in the checkpoint and in PEFT: <c>weight</c>, <c>bias</c>,
/// <c>lora_A.weight</c> [r, in] (kaiming-uniform, a = √5), <c>lora_B.weight</c> [out, r] (zeros),
/// so a fresh adapter leaves the layer's output exactly unchanged. Dropout (training only) is inverted dropout drawn
/// from one 32-bit uniform per element: nn.Dropout's <c>bernoulli_</c> draws 64 bits per element in a serial loop on
/// non-Intel CPUs and cost about twice as much, up to 8 % of a training step.
/// </summary>
public sealed class LoraLinear : nn.Module<Tensor, Tensor>
{
    private readonly Parameter _weight;
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

        using var keep = training && _dropout > 0 ? DropoutMask(x) : null;
        using var dropped = keep is null ? null : x * keep;
        using var down = _loraA.forward(dropped ?? x);  // [..., r]
        using var up = _loraB.forward(down);       // [..., out]
        return result.add_(up, alpha: Scaling);
    }

    /// <summary>1 / (1 − p) where a uniform draw in [0, 1) is at least p, else 0 (float32, shaped like <paramref name="x"/>).</summary>
    private Tensor DropoutMask(Tensor x)
    {
        var mask = rand(x.shape, dtype: float32, device: x.device);
        mask.ge_(_dropout).mul_(1 / (1 - _dropout));
        return mask;
    }

    /// <summary>W + scaling · B·A, the weight of the merged model.</summary>
    public Tensor MergedWeight()
    {
        using var _ = no_grad();
        using var delta = LoraB.matmul(LoraA);
        return _weight.add(delta, alpha: Scaling);
    }
}

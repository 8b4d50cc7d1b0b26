using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>
/// A frozen linear layer plus a low-rank update: y = x·Wᵀ + b + scaling · B(A(dropout(x))).
/// Parameters are named as in the checkpoint and in PEFT: <c>weight</c>, <c>bias</c>,
/// <c>lora_A.weight</c> [r, in] (kaiming-uniform, a = √5), <c>lora_B.weight</c> [out, r] (zeros),
/// so a fresh adapter leaves the layer's output exactly unchanged.
/// </summary>
public sealed class LoraLinear : nn.Module<Tensor, Tensor>
{
    private readonly Parameter _weight;
    private readonly Parameter? _bias;
    private readonly Linear _loraA;
    private readonly Linear _loraB;
    private readonly Dropout _dropout;

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

        _dropout = nn.Dropout(settings.Dropout);
        register_module("lora_A", _loraA);
        register_module("lora_B", _loraB);
        register_module("lora_dropout", _dropout);
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

        using var dropped = _dropout.forward(x);
        using var down = _loraA.forward(dropped);  // [..., r]
        using var up = _loraB.forward(down);       // [..., out]
        return result.add_(up, alpha: Scaling);
    }

    /// <summary>W + scaling · B·A, the weight of the merged model.</summary>
    public Tensor MergedWeight()
    {
        using var _ = no_grad();
        using var delta = LoraB.matmul(LoraA);
        return _weight.add(delta, alpha: Scaling);
    }
}

using FineTune.Pipeline.Lora.Adapters;
using FineTune.Pipeline.Lora.Generator;

namespace FineTune.Pipeline.Benchmarks.Lora;

/// <summary>The benchmark model of issue 6 and its LoRA setup, and the matmul FLOPs of one training step.</summary>
internal sealed record BenchmarkShape
{
    public int Hidden { get; init; } = 512;
    public int Layers { get; init; } = 4;
    public int Heads { get; init; } = 8;
    public int KeyValueHeads { get; init; } = 4;
    public int Intermediate { get; init; } = 1376;
    public int Vocab { get; init; } = 2048;
    public int Sequence { get; init; } = 256;
    public int Batch { get; init; } = 8;
    public int Rank { get; init; } = 16;
    public double Alpha { get; init; } = 32;
    public double Dropout { get; init; } = 0.05;
    public IReadOnlyList<string> Targets { get; init; } = ["q_proj", "k_proj", "v_proj", "o_proj"];

    public int HeadDim => Hidden / Heads;

    public int TokensPerStep => Batch * Sequence;

    /// <summary>Positions whose next token the loss counts: all but the last of each row.</summary>
    public int CountedPerStep => Batch * (Sequence - 1);

    public TinyModelSpec Spec => new()
    {
        Family = ModelFamily.Llama,
        HiddenSize = Hidden,
        IntermediateSize = Intermediate,
        Layers = Layers,
        Heads = Heads,
        KeyValueHeads = KeyValueHeads,
        VocabSize = Vocab,
        InitStd = 0.02,
        EmbeddingStd = 0.02,
    };

    public LoraSettings Lora => new() { Rank = Rank, Alpha = Alpha, Dropout = Dropout, TargetModules = Targets };

    /// <summary>
    /// Matmul FLOPs (2 per multiply-add) of forward + backward as autograd must compute them with frozen base weights:
    /// forward and input-gradient of every projection (layer 0's q/k/v need no input gradient: their input is the frozen
    /// embedding), forward and both gradients of the LoRA matrices, causal attention (the lower triangle of QKᵀ and PV,
    /// backward twice forward), and the tied LM head on the counted positions (forward and input gradient).
    /// </summary>
    public double StepFlops()
    {
        double m = TokensPerStep;
        var kv = KeyValueHeads * HeadDim;
        (string Name, double In, double Out)[] projections =
        [
            ("q_proj", Hidden, Hidden), ("k_proj", Hidden, kv), ("v_proj", Hidden, kv), ("o_proj", Hidden, Hidden),
            ("gate_proj", Hidden, Intermediate), ("up_proj", Hidden, Intermediate), ("down_proj", Intermediate, Hidden),
        ];
        double total = 0;
        for (var layer = 0; layer < Layers; layer++)
        {
            foreach (var (name, inputs, outputs) in projections)
            {
                var needsInputGrad = layer > 0 || name is not ("q_proj" or "k_proj" or "v_proj");
                var lora = Targets.Contains(name);
                total += 2 * m * inputs * outputs * (needsInputGrad ? 2 : 1);
                if (lora)
                {
                    total += 2 * m * Rank * ((inputs * (needsInputGrad ? 3 : 2)) + (outputs * 3));
                }
            }

            var causalPairs = Sequence * (Sequence + 1) / 2.0;
            total += 3 * (2 * 2 * Batch * Heads * causalPairs * HeadDim);
        }

        return total + (2 * 2.0 * CountedPerStep * Hidden * Vocab);
    }
}

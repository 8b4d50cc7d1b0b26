using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Lora.Adapters;

/// <summary>Which linear layers get an adapter and how it is scaled (PEFT's <c>LoraConfig</c>).</summary>
public sealed record LoraSettings
{
    public static readonly IReadOnlyList<string> AllTargets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"];

    public int Rank { get; init; } = 16;
    public double Alpha { get; init; } = 32;
    public double Dropout { get; init; } = 0.05;
    public IReadOnlyList<string> TargetModules { get; init; } = ["q_proj", "k_proj", "v_proj", "o_proj"];
    public bool UseRsLora { get; init; }

    /// <summary>alpha / r, or alpha / √r with rsLoRA.</summary>
    public double Scaling => UseRsLora ? Alpha / Math.Sqrt(Rank) : Alpha / Rank;

    public static LoraSettings From(LoraConfig config) => new()
    {
        Rank = config.Rank,
        Alpha = config.Alpha,
        Dropout = config.Dropout,
        TargetModules = config.TargetModules,
    };

    public bool Targets(string module) => TargetModules.Contains(module);
}

using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>Self-hosted LoRA training settings (<c>train.lora</c>); names follow PEFT's adapter_config.json.</summary>
public sealed record LoraConfig
{
    /// <summary>Rank r of the low-rank update.</summary>
    [Range(1, 1024)]
    public int Rank { get; init; } = 8;

    /// <summary>Scaling numerator: the update is multiplied by alpha / rank.</summary>
    [Range(0.0, double.MaxValue, MinimumIsExclusive = true)]
    public double Alpha { get; init; } = 16;

    /// <summary>Dropout on the LoRA input, in [0, 1).</summary>
    [Range(0.0, 1.0, MaximumIsExclusive = true)]
    public double Dropout { get; init; } = 0.05;

    /// <summary>Linear layers that get an adapter, by checkpoint name.</summary>
    [MinLength(1)]
    public IReadOnlyList<string> TargetModules { get; init; } = ["q_proj", "k_proj", "v_proj", "o_proj"];

    /// <summary>AdamW learning rate.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double LearningRate { get; init; } = 2e-4;

    /// <summary><c>auto</c> (CUDA when available), <c>cpu</c> or <c>cuda</c>.</summary>
    public LoraDevice Device { get; init; } = LoraDevice.Auto;

    /// <summary>Stop after this many optimizer steps (default: run every epoch of <c>train.epochs</c>).</summary>
    [Range(1, int.MaxValue)]
    public int? MaxSteps { get; init; }

    /// <summary>Rank-stabilised LoRA: scale the update by alpha / √rank instead of alpha / rank.</summary>
    public bool UseRslora { get; init; }

    /// <summary>Chat template: <c>llama3</c> or <c>chatml</c>; default: read from the checkpoint's tokenizer_config.json.</summary>
    [AllowedValues("llama3", "chatml")]
    public string? ChatFormat { get; init; }

    /// <summary>Examples longer than this many tokens are truncated (with a warning naming them).</summary>
    [Range(8, 1_048_576)]
    public int MaxSeqLength { get; init; } = 1024;

    /// <summary>Also write the merged model (base weights + the adapter folded in, Hugging Face format) to <c>merged/</c> inside the output folder.</summary>
    public bool Merge { get; init; }

    /// <summary>Folder the PEFT adapter is written to, relative to finetune.yaml.</summary>
    [MinLength(1)]
    public string OutputDir { get; init; } = "artifacts/finetune/adapter";
}

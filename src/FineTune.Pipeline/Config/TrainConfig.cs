using System.ComponentModel.DataAnnotations;
using FineTune.Pipeline.Catalog;

namespace FineTune.Pipeline.Config;

/// <summary>What to train and with which hyperparameters.</summary>
public sealed record TrainConfig
{
    /// <summary><c>openai</c> (fine-tuning API) or <c>lora</c> (self-hosted).</summary>
    [AllowedValues(Providers.OpenAI, Providers.Lora)]
    public string Provider { get; init; } = Providers.OpenAI;

    /// <summary>Base model id or alias, looked up in the catalog and under <c>models:</c>.</summary>
    [MinLength(1)]
    public string BaseModel { get; init; } = "gpt-4o-mini-2024-07-18";

    /// <summary>Number of epochs, or <c>auto</c> (OpenAI's default-epochs rule).</summary>
    [AllowsAuto]
    [Range(1, 50)]
    public int? Epochs { get; init; }

    /// <summary>Batch size, or <c>auto</c>.</summary>
    [AllowsAuto]
    [Range(1, 256)]
    public int? BatchSize { get; init; }

    /// <summary>Learning-rate multiplier (provider openai), or <c>auto</c>.</summary>
    [AllowsAuto]
    [Range(0.0, 10.0, MinimumIsExclusive = true)]
    public double? LearningRateMultiplier { get; init; }

    /// <summary>Suffix of the fine-tuned model name (at most 64 characters).</summary>
    [MaxLength(64)]
    public string? Suffix { get; init; }

    /// <summary>Seed for reproducible training; default: the provider picks one.</summary>
    public int? Seed { get; init; }

    /// <summary>LoRA hyperparameters, used when <c>provider: lora</c>.</summary>
    public LoraConfig Lora { get; init; } = new();

    /// <summary>When <c>train</c> is cancelled (Ctrl+C, a cancelled CI run), also cancel the remote job. Default: keep it, so a re-run resumes.</summary>
    public bool CancelRemoteOnAbort { get; init; }
}

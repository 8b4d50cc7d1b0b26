using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>Where the training data lives and what shape it has.</summary>
public sealed record DataConfig
{
    /// <summary>Training JSONL, relative to the folder of finetune.yaml.</summary>
    [MinLength(1)]
    public string Train { get; init; } = "data/train.jsonl";

    /// <summary>Held-out JSONL. When absent, a deterministic split of train is used.</summary>
    public string? Eval { get; init; }

    /// <summary><c>chat</c> (supervised) or <c>dpo</c> (preference pairs).</summary>
    public DataFormat Format { get; init; } = DataFormat.Chat;

    /// <summary>How eval examples are drawn from train when <c>data.eval</c> is absent.</summary>
    public EvalSplitConfig EvalSplit { get; init; } = new();
}

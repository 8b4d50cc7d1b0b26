namespace FineTune.Pipeline.Config;

public sealed record DataConfig
{
    /// <summary>Training JSONL (contract key <c>data.train</c>).</summary>
    public string Train { get; init; } = "data/train.jsonl";

    /// <summary>Held-out JSONL (contract key <c>data.eval</c>). When absent, a deterministic split of train is used.</summary>
    public string? Eval { get; init; }

    /// <summary><c>chat</c> (supervised) or <c>dpo</c> (preference pairs).</summary>
    public DataFormat Format { get; init; } = DataFormat.Chat;

    public EvalSplitConfig EvalSplit { get; init; } = new();
}

public enum DataFormat
{
    Chat,
    Dpo,
}

/// <summary>The hash split used when <c>data.eval</c> is absent: adding examples never moves existing ones.</summary>
public sealed record EvalSplitConfig
{
    /// <summary>Fraction of examples that go to eval, in (0, 0.5].</summary>
    public double Fraction { get; init; } = 0.1;

    /// <summary>Salt mixed into each example's hash; change it to draw a different split.</summary>
    public string Seed { get; init; } = "finetune";
}

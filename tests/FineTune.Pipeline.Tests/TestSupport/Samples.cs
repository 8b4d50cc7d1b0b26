using FineTune.Pipeline.Config;
using FineTune.Pipeline.Data;
using FineTune.Pipeline.Diagnostics;

namespace FineTune.Pipeline.Tests.TestSupport;

/// <summary>Hand-built results of the config and data seams, so the front end can be tested on its own.</summary>
internal static class Samples
{
    public static FineTuneConfig Config(string baseDirectory, decimal? budget = null, decimal? warn = null, int? epochs = null, string? eval = "data/eval.jsonl")
        => new()
        {
            BaseDirectory = baseDirectory,
            SourcePath = Path.Combine(baseDirectory, "finetune.yaml"),
            Data = new DataConfig { Train = "data/train.jsonl", Eval = eval },
            Train = new TrainConfig { Epochs = epochs },
            Cost = new CostConfig { BudgetUsd = budget, WarnUsd = warn },
        };

    public static PipelineSettings Settings(decimal? budget = null, decimal? warn = null, int? epochs = null)
        => PipelineSettings.Resolve(Config("/repo", budget, warn, epochs));

    public static DatasetSummary Train(int examples = 50, long billing = 12_000, long total = 12_500) => new()
    {
        Role = "train",
        Path = "data/train.jsonl",
        Sha256 = "3f7a0c1d9e2b4a6f8c0e1d2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0b1a2f",
        Examples = examples,
        InvalidLines = 0,
        Tokens = new TokenTotals { Total = total, Billing = billing, Assistant = 4_100 },
        TokensPerExample = new Distribution { Min = 61, Mean = 250, P50 = 231, P90 = 402, Max = 655 },
        MessagesPerExample = new Distribution { Min = 3, Mean = 3.4, P50 = 3, P90 = 5, Max = 7 },
        AssistantTokensPerExample = new Distribution { Min = 12, Mean = 82, P50 = 75, P90 = 140, Max = 210 },
        ExamplesOverLimit = 0,
        SystemPromptVariants = 1,
        TokenHistogram = [new(128, 6), new(256, 23), new(512, 19), new(1024, 2)],
        Bytes = 61_234,
    };

    public static DatasetSummary Eval() => Train(examples: 15, billing: 3_600, total: 3_600) with
    {
        Role = "eval",
        Path = "data/eval.jsonl",
        Sha256 = "9b1e0c2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c",
        TokenHistogram = [new(128, 2), new(256, 9), new(512, 4)],
    };

    public static ValidationOutcome Outcome(params Diagnostic[] diagnostics) => new()
    {
        Train = Train(),
        Eval = Eval(),
        Diagnostics = diagnostics,
    };

    public static Diagnostic Error(string code = "FT2001", int line = 12, string message = "the example has no assistant message; add one with role \"assistant\"")
        => new(Severity.Error, code, "data/train.jsonl", line, 1, message);

    public static Diagnostic Warning(string code = "FT3002", int line = 7, string message = "duplicate example (same as line 3)")
        => new(Severity.Warning, code, "data/train.jsonl", line, 1, message);
}

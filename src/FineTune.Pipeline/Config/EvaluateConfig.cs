namespace FineTune.Pipeline.Config;

/// <summary>
/// <c>evaluate:</c> in finetune.yaml: which models to compare, how to score them and when the build passes.
/// </summary>
public sealed record EvaluateConfig
{
    /// <summary>The model to beat; null: <c>train.base_model</c>.</summary>
    public string? Baseline { get; init; }

    /// <summary>The candidate; null: the fine-tuned model from the training state (or <c>--model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Scorers, each with a weight; the gate's metric names one of them or <c>score</c> (their weighted mean).</summary>
    public IReadOnlyList<ScorerConfig> Scorers { get; init; } = [new ScorerConfig { Type = "token_f1" }];

    public EvaluateGateConfig Gate { get; init; } = new();

    /// <summary>Generation settings used for both models.</summary>
    public GenerationConfig Generation { get; init; } = new();

    /// <summary>The LLM judge used by <c>judge</c> and <c>pairwise_judge</c> scorers.</summary>
    public JudgeConfig Judge { get; init; } = new();

    /// <summary>Requests in flight at once, across baseline, candidate and judge.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Times each item is asked per model; scores are averaged per item (reduces sampling and judge noise).</summary>
    public int Repeats { get; init; } = 1;

    /// <summary>The run refuses to start when the estimated cost exceeds this.</summary>
    public decimal? BudgetUsd { get; init; }

    /// <summary>Response cache folder, relative to the yaml; a re-run with the same inputs costs nothing.</summary>
    public string CacheDir { get; init; } = ".finetune/cache/evaluate";

    /// <summary>Retries per request on 429, 5xx and timeouts.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>Per-request timeout.</summary>
    public double RequestTimeoutSeconds { get; init; } = 120;

    /// <summary>Longest wait honoured from a Retry-After header.</summary>
    public double MaxRetryAfterSeconds { get; init; } = 60;

    /// <summary>Inference prices per model id (USD per 1M tokens), for the estimate before the run.</summary>
    public IReadOnlyDictionary<string, ModelPriceConfig> Prices { get; init; } = new Dictionary<string, ModelPriceConfig>(StringComparer.Ordinal);

    /// <summary>The check that the candidate copies training answers.</summary>
    public OverfitConfig Overfit { get; init; } = new();

    /// <summary>Paired bootstrap resamples and seed.</summary>
    public BootstrapConfig Bootstrap { get; init; } = new();
}

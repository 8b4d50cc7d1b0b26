using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>
/// <c>evaluate:</c> in finetune.yaml: which models to compare, how to score them and when the build passes.
/// The short form (<c>metric</c>, <c>margin</c>, <c>confidence</c>, <c>judge_model</c>) covers the common case;
/// <c>scorers</c> and <c>gate</c> give full control and win over it.
/// </summary>
public sealed record EvaluateConfig
{
    /// <summary>Short form: how a reply is scored when <see cref="Scorers"/> is empty.</summary>
    public EvaluationMetric Metric { get; init; } = EvaluationMetric.ExactMatch;

    /// <summary>Short form of <c>gate.min_delta</c>: the tuned model must beat the baseline by at least this much (0..1).</summary>
    [Range(0.0, 1.0)]
    public double Margin { get; init; }

    /// <summary>Short form of <c>gate.confidence</c>: two-sided level of the interval whose lower bound must clear the margin.</summary>
    [Range(0.5, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double Confidence { get; init; } = 0.95;

    /// <summary>At most this many eval examples are scored (a deterministic sample).</summary>
    [Range(1, int.MaxValue)]
    public int MaxExamples { get; init; } = 200;

    /// <summary>Model to evaluate; default: the model produced by the train target (or <c>--model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Model to compare against; default: <c>train.base_model</c>.</summary>
    public string? Baseline { get; init; }

    /// <summary>Short form of <c>judge.model</c>: grader for <c>metric: judge</c>, served by the <c>openai</c> endpoint.</summary>
    public string? JudgeModel { get; init; }

    /// <summary>Requests in flight at once, across baseline, candidate and judge.</summary>
    [Range(1, 64)]
    public int Concurrency { get; init; } = 4;

    /// <summary>Scorers with weights; the gate's metric names one of them or <c>score</c> (their weighted mean). Empty: from <see cref="Metric"/>.</summary>
    public IReadOnlyList<ScorerConfig> Scorers { get; init; } = [];

    public EvaluateGateConfig Gate { get; init; } = new();

    /// <summary>Generation settings used for both models.</summary>
    public GenerationConfig Generation { get; init; } = new();

    /// <summary>The LLM judge used by <c>judge</c> and <c>pairwise_judge</c> scorers.</summary>
    public JudgeConfig Judge { get; init; } = new();

    /// <summary>Times each item is asked per model; scores are averaged per item (reduces sampling and judge noise).</summary>
    [Range(1, 100)]
    public int Repeats { get; init; } = 1;

    /// <summary>The run refuses to start when the estimated cost exceeds this.</summary>
    [Range(0.0, double.MaxValue)]
    public decimal? BudgetUsd { get; init; }

    /// <summary>Response cache folder, relative to the yaml; a re-run with the same inputs costs nothing.</summary>
    public string CacheDir { get; init; } = ".finetune/cache/evaluate";

    /// <summary>Retries per request on 429, 5xx and timeouts.</summary>
    [Range(0, 100)]
    public int MaxRetries { get; init; } = 6;

    /// <summary>Per-request timeout in seconds.</summary>
    [Range(1.0, 3600.0)]
    public double RequestTimeoutSeconds { get; init; } = 120;

    /// <summary>Longest wait honoured from a Retry-After header, in seconds.</summary>
    [Range(0.0, 3600.0)]
    public double MaxRetryAfterSeconds { get; init; } = 60;

    /// <summary>Inference prices per model id (USD per 1M tokens), for the estimate before the run.</summary>
    public IReadOnlyDictionary<string, ModelPriceConfig> Prices { get; init; } = new Dictionary<string, ModelPriceConfig>(StringComparer.Ordinal);

    /// <summary>The check that the candidate copies training answers.</summary>
    public OverfitConfig Overfit { get; init; } = new();

    /// <summary>Paired bootstrap resamples and seed.</summary>
    public BootstrapConfig Bootstrap { get; init; } = new();
}

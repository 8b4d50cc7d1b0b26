using System.ComponentModel.DataAnnotations;

namespace FineTune.Pipeline.Config;

/// <summary>How the <c>evaluate</c> target compares the tuned model with its base on the eval set.</summary>
public sealed record EvaluateConfig
{
    /// <summary>How a reply is scored against the reference reply.</summary>
    public EvaluationMetric Metric { get; init; } = EvaluationMetric.ExactMatch;

    /// <summary>The tuned model must beat the baseline by at least this much (score difference, 0..1).</summary>
    [Range(0.0, 1.0)]
    public double Margin { get; init; }

    /// <summary>Confidence required that the improvement is real (one-sided), in (0.5, 1).</summary>
    [Range(0.5, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double Confidence { get; init; } = 0.95;

    /// <summary>At most this many eval examples are scored (a deterministic sample).</summary>
    [Range(1, int.MaxValue)]
    public int MaxExamples { get; init; } = 200;

    /// <summary>Model to evaluate; default: the model produced by the train target.</summary>
    public string? Model { get; init; }

    /// <summary>Model to compare against; default: <c>train.base_model</c>.</summary>
    public string? Baseline { get; init; }

    /// <summary>Grader model for <c>metric: judge</c>, served by the <c>openai</c> endpoint.</summary>
    public string? JudgeModel { get; init; }

    /// <summary>Requests in flight at once.</summary>
    [Range(1, 64)]
    public int Concurrency { get; init; } = 4;
}

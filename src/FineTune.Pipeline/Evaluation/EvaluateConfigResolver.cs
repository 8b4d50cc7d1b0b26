using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Evaluation;

/// <summary>
/// Turns the short form of <c>evaluate:</c> (<c>metric</c>, <c>margin</c>, <c>confidence</c>, <c>judge_model</c>)
/// into the full form the evaluation runs on (<c>scorers</c>, <c>gate</c>, <c>judge</c>). Whatever the full
/// form sets wins.
/// </summary>
public static class EvaluateConfigResolver
{
    public static EvaluateConfig Resolve(EvaluateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var gate = config.Gate;
        return config with
        {
            Scorers = config.Scorers.Count > 0 ? config.Scorers : [new ScorerConfig { Type = ScorerType(config.Metric) }],
            Gate = gate with
            {
                Confidence = gate.Confidence ?? config.Confidence,
                MinDelta = gate.MinDelta ?? (gate.MinRelativeImprovement is null ? config.Margin : null),
            },
            Judge = config.Judge with { Model = config.Judge.Model ?? config.JudgeModel },
        };
    }

    public static string ScorerType(EvaluationMetric metric) => metric switch
    {
        EvaluationMetric.ExactMatch => "exact_match",
        EvaluationMetric.Contains => "contains",
        EvaluationMetric.JsonEqual => "json_equal",
        EvaluationMetric.Judge => "judge",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };
}
